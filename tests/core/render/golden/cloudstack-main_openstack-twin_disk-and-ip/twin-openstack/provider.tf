# Credentials come from clouds.yaml (var.cloud or OS_CLOUD) or from an application credential
# passed as variables; none is written here.
provider "openstack" {
  cloud                         = var.cloud
  auth_url                      = var.auth_url
  application_credential_id     = var.application_credential_id
  application_credential_secret = var.application_credential_secret
}
