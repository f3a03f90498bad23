# Render: Terraform (HCL laid out as `terraform fmt` leaves it) and cloud-init for a VM pair, export to a folder.
target_sources(core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cloudinit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cloudinit.h
    ${CMAKE_CURRENT_LIST_DIR}/hclwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hclwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/renderedfile.h
    ${CMAKE_CURRENT_LIST_DIR}/renderexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/renderexport.h
    ${CMAKE_CURRENT_LIST_DIR}/terraformrenderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/terraformrenderer.h
)
find_package(yaml-cpp REQUIRED) # Debian 0.7: target `yaml-cpp`, no namespace
target_link_libraries(core PRIVATE yaml-cpp)
