# CloudMonkey (cmk) config import: CloudStack profiles -> cloud accounts.
target_sources(core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cloudmonkeyconfig.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cloudmonkeyconfig.h
)
