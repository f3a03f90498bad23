# Alignment groups, escapes and nesting in one file.
resource "openstack_compute_instance_v2" "vm" {
  name              = "web1"
  image_id          = "img"
  availability_zone = "nova"
  user_data         = file("${path.module}/cloud-init.yaml")
  metadata = {
    a            = "1"
    longer_key   = "2"
    "quoted key" = "3"
  }
  x = 1

  after_blank = 2
  y           = 3
  # a comment
  zz = 4
  list = [
    {
      k  = "v"
      kk = "w"
    },
    "s",
  ]
  tail = true

  network {
    uuid = "n"
  }

  lifecycle {
    ignore_changes = [user_data]
  }
}

variable "x" {
  description = "a \"quoted\" \\ back $${x} $$${y} %%{z} $ % \n tab\t nbsp\u00a0 é 😀"
  default     = null
  sensitive   = true
}

terraform {
  required_providers {
    openstack = {
      source  = "terraform-provider-openstack/openstack"
      version = "~> 3.0"
    }
  }
}
