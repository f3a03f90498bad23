# Apache CloudStack: request signing, sessions, async jobs, paging and the CloudStackProvider.
target_sources(core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/authenticators.cpp
    ${CMAKE_CURRENT_LIST_DIR}/authenticators.h
    ${CMAKE_CURRENT_LIST_DIR}/cloudstackclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cloudstackclient.h
    ${CMAKE_CURRENT_LIST_DIR}/cloudstackjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cloudstackjson.h
    ${CMAKE_CURRENT_LIST_DIR}/cloudstackprovider.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cloudstackprovider.h
    ${CMAKE_CURRENT_LIST_DIR}/multipartbody.cpp
    ${CMAKE_CURRENT_LIST_DIR}/multipartbody.h
    ${CMAKE_CURRENT_LIST_DIR}/signer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signer.h
    ${CMAKE_CURRENT_LIST_DIR}/../publickey.h
)
