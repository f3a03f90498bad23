output "id" {
  description = "ID of the twin VM of web1 on CloudStack cloud \"cs-backup\"."
  value       = cloudstack_instance.vm.id
}

output "ip" {
  description = "IP address of the VM on its network."
  value       = cloudstack_instance.vm.ip_address
}
