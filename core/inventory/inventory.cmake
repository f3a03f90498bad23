# clouds.yaml import, cloud service (accounts + secrets -> providers) and the live inventory across clouds.
find_package(yaml-cpp REQUIRED) # Debian 0.7: target `yaml-cpp`, no namespace
target_sources(core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../cloud/openstack/cloudsyaml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../cloud/openstack/cloudsyaml.h
    ${CMAKE_CURRENT_LIST_DIR}/cloudservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cloudservice.h
    ${CMAKE_CURRENT_LIST_DIR}/inventory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inventory.h
    ${CMAKE_CURRENT_LIST_DIR}/inventoryrow.h
)
target_link_libraries(core PRIVATE yaml-cpp)
