# The "New VM pair" wizard (issue 6): one page class per step, the spec validation they share and the HCL
# highlighter of the review page.
target_sources(ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../createwizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../createwizard.h
    ${CMAKE_CURRENT_LIST_DIR}/accesspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/accesspage.h
    ${CMAKE_CURRENT_LIST_DIR}/datapage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datapage.h
    ${CMAKE_CURRENT_LIST_DIR}/hclhighlighter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hclhighlighter.h
    ${CMAKE_CURRENT_LIST_DIR}/ospage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ospage.h
    ${CMAKE_CURRENT_LIST_DIR}/placementpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/placementpage.h
    ${CMAKE_CURRENT_LIST_DIR}/progresspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/progresspage.h
    ${CMAKE_CURRENT_LIST_DIR}/purposepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/purposepage.h
    ${CMAKE_CURRENT_LIST_DIR}/reviewpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewpage.h
    ${CMAKE_CURRENT_LIST_DIR}/sizepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sizepage.h
    ${CMAKE_CURRENT_LIST_DIR}/softwarepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/softwarepage.h
    ${CMAKE_CURRENT_LIST_DIR}/specpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/specpage.h
)
