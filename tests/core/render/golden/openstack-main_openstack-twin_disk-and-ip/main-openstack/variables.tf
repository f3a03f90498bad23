variable "cloud" {
  description = "Entry of clouds.yaml for OpenStack cloud \"minicloud-demo\"; null: OS_CLOUD or the OS_* environment variables."
  type        = string
  default     = null
}

variable "auth_url" {
  description = "Keystone URL, needed only with an application credential and no clouds.yaml entry."
  type        = string
  default     = null
}

variable "application_credential_id" {
  description = "Application credential ID, when not using clouds.yaml (TF_VAR_application_credential_id)."
  type        = string
  default     = null
  sensitive   = true
}

variable "application_credential_secret" {
  description = "Application credential secret, when not using clouds.yaml (TF_VAR_application_credential_secret)."
  type        = string
  default     = null
  sensitive   = true
}

variable "floating_ip_pool" {
  description = "External network that the floating IP comes from (openstack network list --external)."
  type        = string
}
