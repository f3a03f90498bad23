# Create: plan (spec + what the clouds offer → steps), apply (both sides at once, journaled), roll back,
# recover after a crash. Also the SSH key generator the create uses.
target_sources(core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/deployjob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deployjob.h
    ${CMAKE_CURRENT_LIST_DIR}/deployjournal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deployjournal.h
    ${CMAKE_CURRENT_LIST_DIR}/deployplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deployplan.h
    ${CMAKE_CURRENT_LIST_DIR}/planner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recovery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recovery.h
    ${CMAKE_CURRENT_LIST_DIR}/rollback.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollback.h
    ${CMAKE_CURRENT_LIST_DIR}/../ssh/sshkeygen.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ssh/sshkeygen.h
)
