# CloudTwin: the twin VM of dev-box on OpenStack cloud "minicloud-backup".
# Flavor m1.small (1 vCPU, 2048 MB RAM, 20 GB disk), image Ubuntu 24.04.
resource "openstack_compute_keypair_v2" "ssh" {
  name       = "cloudtwin-dev-box-twin"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ5m0c4ZtH1q9m3bX0Yk3pX8m2vQ0rB8wzQ5N1m9H7aB cloudtwin@example"
}

resource "openstack_networking_secgroup_v2" "vm" {
  name        = "cloudtwin-dev-box-twin"
  description = "CloudTwin: the twin VM of dev-box on OpenStack cloud \"minicloud-backup\""
}

resource "openstack_networking_secgroup_rule_v2" "ssh" {
  description       = "ssh: tcp 22 from 0.0.0.0/0"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 22
  port_range_max    = 22
  remote_ip_prefix  = "0.0.0.0/0"
  security_group_id = openstack_networking_secgroup_v2.vm.id
}

resource "openstack_networking_secgroup_rule_v2" "ssh_2" {
  description       = "ssh: tcp 2222 from 0.0.0.0/0"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 2222
  port_range_max    = 2222
  remote_ip_prefix  = "0.0.0.0/0"
  security_group_id = openstack_networking_secgroup_v2.vm.id
}

resource "openstack_networking_secgroup_rule_v2" "dev_server" {
  description       = "dev-server: tcp 3000-3010 from 192.0.2.0/24"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 3000
  port_range_max    = 3010
  remote_ip_prefix  = "192.0.2.0/24"
  security_group_id = openstack_networking_secgroup_v2.vm.id
}

resource "openstack_compute_instance_v2" "vm" {
  name              = "dev-box"
  image_id          = "9a8b7c6d-0000-4000-8000-0000000000a1"
  flavor_id         = "3f1b2c4d-0000-4000-8000-00000000f001"
  key_pair          = openstack_compute_keypair_v2.ssh.name
  security_groups   = [openstack_networking_secgroup_v2.vm.name]
  availability_zone = "az-2"
  user_data         = file("${path.module}/cloud-init.yaml")
  metadata = {
    cloudtwin_managed = "true"
    cloudtwin_name    = "dev-box"
    cloudtwin_pair    = "dev-box"
    cloudtwin_role    = "twin"
  }

  lifecycle {
    # A changed user_data would replace the server; software changes go over SSH instead.
    ignore_changes = [user_data]
  }
}

resource "openstack_blockstorage_volume_v3" "data" {
  name        = "dev-box-data"
  description = "CloudTwin: data disk of the twin VM of dev-box on OpenStack cloud \"minicloud-backup\", mounted at /data"
  size        = 100
  metadata = {
    cloudtwin_managed = "true"
    cloudtwin_name    = "dev-box"
    cloudtwin_pair    = "dev-box"
    cloudtwin_role    = "twin"
  }
}

resource "openstack_compute_volume_attach_v2" "data" {
  instance_id = openstack_compute_instance_v2.vm.id
  volume_id   = openstack_blockstorage_volume_v3.data.id
}
