# OpenStack identity (Keystone v3), compute (Nova) and the OpenStackProvider that ties the services together.
target_sources(core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/serviceendpoint.h
)
