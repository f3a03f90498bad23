output "id" {
  description = "ID of the twin VM of files on OpenStack cloud \"demo\"."
  value       = openstack_compute_instance_v2.vm.id
}

output "ip" {
  description = "IP address of the VM on its network."
  value       = openstack_compute_instance_v2.vm.access_ip_v4
}
