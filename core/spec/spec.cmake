# Requirements model (VmSpec), its YAML file format and the catalog that maps it onto what a cloud offers.
find_package(yaml-cpp REQUIRED) # Debian 0.7: target `yaml-cpp`, no namespace
target_sources(core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/catalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalog.h
    ${CMAKE_CURRENT_LIST_DIR}/specfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/specfile.h
    ${CMAKE_CURRENT_LIST_DIR}/vmspec.h
)
target_link_libraries(core PRIVATE yaml-cpp)
