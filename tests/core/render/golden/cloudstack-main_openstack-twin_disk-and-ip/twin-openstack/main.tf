# CloudTwin: the twin VM of files on OpenStack cloud "demo".
# Flavor m1.small (1 vCPU, 2048 MB RAM, 20 GB disk), image Ubuntu 24.04.
resource "openstack_compute_keypair_v2" "ssh" {
  name       = "cloudtwin-files-twin"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ5m0c4ZtH1q9m3bX0Yk3pX8m2vQ0rB8wzQ5N1m9H7aB cloudtwin@example"
}

resource "openstack_networking_secgroup_v2" "vm" {
  name        = "cloudtwin-files-twin"
  description = "CloudTwin: the twin VM of files on OpenStack cloud \"demo\""
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

resource "openstack_networking_secgroup_rule_v2" "smb" {
  description       = "smb: tcp 445 from 10.1.0.0/16"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 445
  port_range_max    = 445
  remote_ip_prefix  = "10.1.0.0/16"
  security_group_id = openstack_networking_secgroup_v2.vm.id
}

resource "openstack_compute_instance_v2" "vm" {
  name            = "files"
  image_id        = "9a8b7c6d-0000-4000-8000-0000000000a1"
  flavor_id       = "3f1b2c4d-0000-4000-8000-00000000f001"
  key_pair        = openstack_compute_keypair_v2.ssh.name
  security_groups = [openstack_networking_secgroup_v2.vm.name]
  user_data       = file("${path.module}/cloud-init.yaml")
  metadata = {
    cloudtwin_managed = "true"
    cloudtwin_name    = "files"
    cloudtwin_pair    = "files"
    cloudtwin_role    = "twin"
  }

  lifecycle {
    # A changed user_data would replace the server; software changes go over SSH instead.
    ignore_changes = [user_data]
  }
}

resource "openstack_blockstorage_volume_v3" "data" {
  name        = "files-data"
  description = "CloudTwin: data disk of the twin VM of files on OpenStack cloud \"demo\", mounted at /srv/share with space"
  size        = 500
  metadata = {
    cloudtwin_managed = "true"
    cloudtwin_name    = "files"
    cloudtwin_pair    = "files"
    cloudtwin_role    = "twin"
  }
}

resource "openstack_compute_volume_attach_v2" "data" {
  instance_id = openstack_compute_instance_v2.vm.id
  volume_id   = openstack_blockstorage_volume_v3.data.id
}
