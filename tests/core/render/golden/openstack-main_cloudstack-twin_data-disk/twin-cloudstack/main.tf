# CloudTwin: the twin VM of web1 on CloudStack cloud "cs-backup".
# Flavor Small Instance (1 vCPU, 2048 MB RAM), image Ubuntu 24.04 (KVM).
resource "cloudstack_ssh_keypair" "ssh" {
  name       = "cloudtwin-web1-twin"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ5m0c4ZtH1q9m3bX0Yk3pX8m2vQ0rB8wzQ5N1m9H7aB cloudtwin@example"
}

resource "cloudstack_security_group" "vm" {
  name        = "cloudtwin-web1-twin"
  description = "CloudTwin: the twin VM of web1 on CloudStack cloud \"cs-backup\""
}

resource "cloudstack_security_group_rule" "vm" {
  security_group_id = cloudstack_security_group.vm.id

  # ssh: tcp 22 from 0.0.0.0/0
  rule {
    cidr_list = ["0.0.0.0/0"]
    protocol  = "tcp"
    ports     = ["22"]
  }

  # web: tcp 80 from 0.0.0.0/0
  rule {
    cidr_list = ["0.0.0.0/0"]
    protocol  = "tcp"
    ports     = ["80"]
  }

  # https: tcp 443 from 0.0.0.0/0
  rule {
    cidr_list = ["0.0.0.0/0"]
    protocol  = "tcp"
    ports     = ["443"]
  }

  # ping: icmp from 10.0.0.0/8
  rule {
    cidr_list = ["10.0.0.0/8"]
    protocol  = "icmp"
    icmp_type = -1
    icmp_code = -1
  }
}

resource "cloudstack_instance" "vm" {
  name                 = "web1"
  display_name         = "web1"
  service_offering     = "c0ffee00-1111-4111-8111-0000000000s1"
  template             = "7e57ab1e-2222-4222-8222-0000000000t1"
  root_disk_size       = 20
  zone                 = "5a1e0000-3333-4333-8333-0000000000z1"
  network_id           = "1e2f3a4b-6666-4666-8666-00000000n002"
  keypair              = cloudstack_ssh_keypair.ssh.name
  security_group_names = [cloudstack_security_group.vm.name]
  user_data            = file("${path.module}/cloud-init.yaml")
  expunge              = true
  tags = {
    cloudtwin_managed = "true"
    cloudtwin_name    = "web1"
    cloudtwin_pair    = "web1"
    cloudtwin_role    = "twin"
  }

  lifecycle {
    # A changed user_data would stop and restart the VM; software changes go over SSH instead.
    ignore_changes = [user_data]
  }
}

resource "cloudstack_disk" "data" {
  name               = "web1-data"
  attach             = true
  disk_offering      = "d15c0000-4444-4444-8444-0000000000d1"
  size               = 50
  virtual_machine_id = cloudstack_instance.vm.id
  zone               = "5a1e0000-3333-4333-8333-0000000000z1"
}
