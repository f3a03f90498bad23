variable "api_url" {
  description = "API URL of CloudStack cloud \"cs-prod\", such as https://cloud.example.com/client/api."
  type        = string
}

variable "api_key" {
  description = "CloudStack API key (TF_VAR_api_key)."
  type        = string
  sensitive   = true
}

variable "secret_key" {
  description = "CloudStack secret key (TF_VAR_secret_key)."
  type        = string
  sensitive   = true
}
