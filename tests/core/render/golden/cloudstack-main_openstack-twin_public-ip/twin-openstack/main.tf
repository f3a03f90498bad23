# CloudTwin: the twin VM of db1 on OpenStack cloud "demo".
# Flavor m1.small (1 vCPU, 2048 MB RAM, 20 GB disk), image Ubuntu 24.04.
resource "openstack_compute_keypair_v2" "ssh" {
  name       = "cloudtwin-db1-twin"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ5m0c4ZtH1q9m3bX0Yk3pX8m2vQ0rB8wzQ5N1m9H7aB cloudtwin@example"
}

resource "openstack_networking_secgroup_v2" "vm" {
  name        = "cloudtwin-db1-twin"
  description = "CloudTwin: the twin VM of db1 on OpenStack cloud \"demo\""
}

resource "openstack_networking_secgroup_rule_v2" "ssh" {
  description       = "ssh: tcp 22 from 203.0.113.0/24"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 22
  port_range_max    = 22
  remote_ip_prefix  = "203.0.113.0/24"
  security_group_id = openstack_networking_secgroup_v2.vm.id
}

resource "openstack_networking_secgroup_rule_v2" "mariadb" {
  description       = "mariadb: tcp 3306 from 10.0.0.0/8"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 3306
  port_range_max    = 3306
  remote_ip_prefix  = "10.0.0.0/8"
  security_group_id = openstack_networking_secgroup_v2.vm.id
}

resource "openstack_networking_secgroup_rule_v2" "media_streams" {
  description       = "Media streams: udp 8000-8100 from 0.0.0.0/0"
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "udp"
  port_range_min    = 8000
  port_range_max    = 8100
  remote_ip_prefix  = "0.0.0.0/0"
  security_group_id = openstack_networking_secgroup_v2.vm.id
}

resource "openstack_compute_instance_v2" "vm" {
  name            = "db1"
  image_id        = "9a8b7c6d-0000-4000-8000-0000000000a1"
  flavor_id       = "3f1b2c4d-0000-4000-8000-00000000f001"
  key_pair        = openstack_compute_keypair_v2.ssh.name
  security_groups = [openstack_networking_secgroup_v2.vm.name]
  user_data       = file("${path.module}/cloud-init.yaml")
  metadata = {
    cloudtwin_managed = "true"
    cloudtwin_name    = "db1"
    cloudtwin_pair    = "db1"
    cloudtwin_role    = "twin"
  }

  lifecycle {
    # A changed user_data would replace the server; software changes go over SSH instead.
    ignore_changes = [user_data]
  }
}

# The server's port, to which the floating IP is bound.
data "openstack_networking_port_v2" "vm" {
  device_id = openstack_compute_instance_v2.vm.id
}

resource "openstack_networking_floatingip_v2" "public" {
  pool        = var.floating_ip_pool
  description = "CloudTwin: the twin VM of db1 on OpenStack cloud \"demo\""
}

resource "openstack_networking_floatingip_associate_v2" "public" {
  floating_ip = openstack_networking_floatingip_v2.public.address
  port_id     = data.openstack_networking_port_v2.vm.id
}
