# app_add_test(Name SOURCES a.cpp b.cpp LIBS app_db ...)
# Builds tst_<name> and registers it with ctest, headless and in Chinese-capable UTF-8, with a
# settings folder of its own (XDG_CONFIG_HOME): the developer's saved choices, such as the English
# UI that the subcommands follow too, play no part.
function(app_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
  set(target tst_${name})
  add_executable(${target} ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE Qt6::Test ${ARG_LIBS} app_domains app_common)
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  add_test(NAME ${name} COMMAND ${target})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;GOVCAT_BIN_DIR=${PROJECT_BINARY_DIR}/app;GOVCAT_SOURCE_DIR=${PROJECT_SOURCE_DIR};XDG_CONFIG_HOME=${PROJECT_BINARY_DIR}/tests/config;ASAN_OPTIONS=detect_leaks=0")
endfunction()
