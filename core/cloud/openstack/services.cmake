# OpenStack image (Glance v2), volume (Cinder v3) and network (Neutron) service clients.
target_sources(core PRIVATE
)
