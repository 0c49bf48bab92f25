# lane_add_library(<name> [QT] SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
#   A static library whose headers are included from the repository root
#   ("core/base/money.h"). Only what a target links is visible to it, so a core
#   library that tries to include a Qt header fails to compile.
function(lane_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}" "${PROJECT_BINARY_DIR}/include")
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  lane_target_defaults(${name})
endfunction()

function(lane_target_defaults name)
  target_link_libraries(${name} PRIVATE lane_warnings)
  target_link_libraries(${name} PUBLIC lane_sanitizers)
endfunction()

# lane_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [ENVIRONMENT ...])
#   One GoogleTest executable; every TEST is its own CTest entry.
function(lane_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE LANE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
                                             LANE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                             LANE_BINARY_DIR="${PROJECT_BINARY_DIR}")
  lane_target_defaults(${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  # gtest_discover_tests keeps only the first item of a list-valued property, so tests read
  # paths from compile definitions (LANE_SOURCE_DIR...) and set what else they need themselves.
  set(env QT_QPA_PLATFORM=offscreen ${ARG_ENVIRONMENT})
  set(props TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${env}")
  if(ARG_LABELS)
    list(APPEND props LABELS "${ARG_LABELS}")
  endif()
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES ${props})
endfunction()

# lane_add_subdirectories(): adds every direct subdirectory that has a CMakeLists.txt,
# so each module's folder owns its own build description.
function(lane_add_subdirectories)
  file(GLOB children LIST_DIRECTORIES true RELATIVE "${CMAKE_CURRENT_SOURCE_DIR}"
       "${CMAKE_CURRENT_SOURCE_DIR}/*")
  list(SORT children)
  foreach(child ${children})
    if(IS_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}/${child}"
       AND EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${child}/CMakeLists.txt")
      add_subdirectory(${child})
    endif()
  endforeach()
endfunction()
