output "id" {
  description = "ID of the twin VM of db1 on OpenStack cloud \"demo\"."
  value       = openstack_compute_instance_v2.vm.id
}

output "ip" {
  description = "Public IP address of the VM."
  value       = openstack_networking_floatingip_v2.public.address
}
