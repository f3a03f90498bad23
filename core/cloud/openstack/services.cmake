# OpenStack image (Glance v2), volume (Cinder v3) and network (Neutron) service clients.
target_sources(core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/image/imageservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/image/imageservice.h
    ${CMAKE_CURRENT_LIST_DIR}/image/servicecall.cpp
    ${CMAKE_CURRENT_LIST_DIR}/image/servicecall.h
    ${CMAKE_CURRENT_LIST_DIR}/network/networkservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/network/networkservice.h
    ${CMAKE_CURRENT_LIST_DIR}/volume/volumeservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/volume/volumeservice.h
)
