# Installs into a temporary prefix and checks that every file a user needs landed in the usual place.
set(prefix "${BUILD_DIR}/install-check")
file(REMOVE_RECURSE "${prefix}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}"
    RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(expected
    bin/cloudtwinctl
    share/cloudtwin/translations/cloudtwin_ko.qm
    share/cloudtwin/translations/cloudtwin_en.qm)
if(BUILD_UI)
    list(APPEND expected
        bin/cloudtwin
        share/applications/io.github.cloudtwin.CloudTwin.desktop
        share/icons/hicolor/scalable/apps/io.github.cloudtwin.CloudTwin.svg)
endif()
foreach(f IN LISTS expected)
    if(NOT EXISTS "${prefix}/${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
file(REMOVE_RECURSE "${prefix}")
message(STATUS "install layout ok")
