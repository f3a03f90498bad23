# OpenStack identity (Keystone v3), compute (Nova) and the OpenStackProvider that ties the services together.
target_sources(core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/serviceendpoint.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonreply.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jsonreply.h
    ${CMAKE_CURRENT_LIST_DIR}/openstackprovider.cpp
    ${CMAKE_CURRENT_LIST_DIR}/openstackprovider.h
    ${CMAKE_CURRENT_LIST_DIR}/sharedresult.h
    ${CMAKE_CURRENT_LIST_DIR}/identity/keystoneauth.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identity/keystoneauth.h
    ${CMAKE_CURRENT_LIST_DIR}/identity/servicecatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identity/servicecatalog.h
    ${CMAKE_CURRENT_LIST_DIR}/compute/computeclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/compute/computeclient.h
    ${CMAKE_CURRENT_LIST_DIR}/compute/microversion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/compute/microversion.h
    ${CMAKE_CURRENT_LIST_DIR}/compute/novajson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/compute/novajson.h
    ${CMAKE_CURRENT_LIST_DIR}/../providerfactory.cpp
)
