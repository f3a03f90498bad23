# CloudTwin: the main VM of files on CloudStack cloud "cs-prod".
# Flavor Small Instance (1 vCPU, 2048 MB RAM), image Ubuntu 24.04 (KVM).
resource "cloudstack_ssh_keypair" "ssh" {
  name       = "cloudtwin-files-main"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ5m0c4ZtH1q9m3bX0Yk3pX8m2vQ0rB8wzQ5N1m9H7aB cloudtwin@example"
}

resource "cloudstack_instance" "vm" {
  name             = "files"
  display_name     = "files"
  service_offering = "c0ffee00-1111-4111-8111-0000000000s1"
  template         = "7e57ab1e-2222-4222-8222-0000000000t1"
  root_disk_size   = 80
  zone             = "5a1e0000-3333-4333-8333-0000000000z1"
  network_id       = "1e2f3a4b-6666-4666-8666-00000000n004"
  keypair          = cloudstack_ssh_keypair.ssh.name
  user_data        = file("${path.module}/cloud-init.yaml")
  expunge          = true
  tags = {
    cloudtwin_managed = "true"
    cloudtwin_name    = "files"
    cloudtwin_pair    = "files"
    cloudtwin_role    = "main"
  }

  lifecycle {
    # A changed user_data would stop and restart the VM; software changes go over SSH instead.
    ignore_changes = [user_data]
  }
}

resource "cloudstack_disk" "data" {
  name               = "files-data"
  attach             = true
  disk_offering      = "d15c0000-4444-4444-8444-0000000000d1"
  size               = 500
  virtual_machine_id = cloudstack_instance.vm.id
  zone               = "5a1e0000-3333-4333-8333-0000000000z1"
}

resource "cloudstack_ipaddress" "public" {
  network_id = cloudstack_instance.vm.network_id
}

resource "cloudstack_static_nat" "public" {
  ip_address_id      = cloudstack_ipaddress.public.id
  virtual_machine_id = cloudstack_instance.vm.id
}

resource "cloudstack_firewall" "public" {
  ip_address_id = cloudstack_ipaddress.public.id

  # ssh: tcp 22 from 0.0.0.0/0
  rule {
    cidr_list = ["0.0.0.0/0"]
    protocol  = "tcp"
    ports     = ["22"]
  }

  # smb: tcp 445 from 10.1.0.0/16
  rule {
    cidr_list = ["10.1.0.0/16"]
    protocol  = "tcp"
    ports     = ["445"]
  }
}
