# The commit the program is built from, shown by --version and the About box.
find_package(Git QUIET)
set(TUKIPOLKU_COMMIT "unknown")
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(
        COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE _commit
        OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET
        RESULT_VARIABLE _result)
    if(_result EQUAL 0 AND _commit)
        set(TUKIPOLKU_COMMIT "${_commit}")
    endif()
    # Reconfigure when HEAD moves so the commit stays true.
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/.git/HEAD")
    if(EXISTS "${PROJECT_SOURCE_DIR}/.git/refs/heads/main")
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/.git/refs/heads/main")
    endif()
endif()
