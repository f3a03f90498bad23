output "id" {
  description = "ID of the main VM of dev-box on OpenStack cloud \"minicloud-demo\"."
  value       = openstack_compute_instance_v2.vm.id
}

output "ip" {
  description = "Public IP address of the VM."
  value       = openstack_networking_floatingip_v2.public.address
}
