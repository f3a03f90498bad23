# The API key and secret key are variables (TF_VAR_api_key, TF_VAR_secret_key or -var); none is
# written here.
provider "cloudstack" {
  api_url    = var.api_url
  api_key    = var.api_key
  secret_key = var.secret_key
}
