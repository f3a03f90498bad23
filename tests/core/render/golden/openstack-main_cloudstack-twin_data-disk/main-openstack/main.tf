# CloudTwin: the main VM of web1 on OpenStack cloud "demo".
# Flavor m1.small (1 vCPU, 2048 MB RAM, 20 GB disk), image Ubuntu 24.04.
resource "openstack_compute_keypair_v2" "ssh" {
  name       = "cloudtwin-web1-main"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ5m0c4ZtH1q9m3bX0Yk3pX8m2vQ0rB8wzQ5N1m9H7aB cloudtwin@example"
}

resource "openstack_networking_secgroup_v2" "vm" {
  name        = "cloudtwin-web1-main"
  description = "CloudTwin: the main VM of web1 on OpenStack cloud \"demo\""
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

resource "openstack_networking_secgroup_rule_v2" "web" {
  description       = "web: tcp 80 from 0.0.0.0/0"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 80
  port_range_max    = 80
  remote_ip_prefix  = "0.0.0.0/0"
  security_group_id = openstack_networking_secgroup_v2.vm.id
}

resource "openstack_networking_secgroup_rule_v2" "https" {
  description       = "https: tcp 443 from 0.0.0.0/0"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 443
  port_range_max    = 443
  remote_ip_prefix  = "0.0.0.0/0"
  security_group_id = openstack_networking_secgroup_v2.vm.id
}

resource "openstack_networking_secgroup_rule_v2" "ping" {
  description       = "ping: icmp from 10.0.0.0/8"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "icmp"
  remote_ip_prefix  = "10.0.0.0/8"
  security_group_id = openstack_networking_secgroup_v2.vm.id
}

resource "openstack_compute_instance_v2" "vm" {
  name              = "web1"
  image_id          = "9a8b7c6d-0000-4000-8000-0000000000a1"
  flavor_id         = "3f1b2c4d-0000-4000-8000-00000000f001"
  key_pair          = openstack_compute_keypair_v2.ssh.name
  security_groups   = [openstack_networking_secgroup_v2.vm.name]
  availability_zone = "nova"
  user_data         = file("${path.module}/cloud-init.yaml")
  metadata = {
    cloudtwin_managed = "true"
    cloudtwin_name    = "web1"
    cloudtwin_pair    = "web1"
    cloudtwin_role    = "main"
  }

  network {
    uuid = "0d5e1f2a-5555-4555-8555-00000000n001"
  }

  lifecycle {
    # A changed user_data would replace the server; software changes go over SSH instead.
    ignore_changes = [user_data]
  }
}

resource "openstack_blockstorage_volume_v3" "data" {
  name        = "web1-data"
  description = "CloudTwin: data disk of the main VM of web1 on OpenStack cloud \"demo\", mounted at /srv/data"
  size        = 50
  metadata = {
    cloudtwin_managed = "true"
    cloudtwin_name    = "web1"
    cloudtwin_pair    = "web1"
    cloudtwin_role    = "main"
  }
}

resource "openstack_compute_volume_attach_v2" "data" {
  instance_id = openstack_compute_instance_v2.vm.id
  volume_id   = openstack_blockstorage_volume_v3.data.id
}
