output "id" {
  description = "ID of the main VM of db1 on CloudStack cloud \"cs-prod\"."
  value       = cloudstack_instance.vm.id
}

output "ip" {
  description = "Public IP address of the VM."
  value       = cloudstack_ipaddress.public.ip_address
}
