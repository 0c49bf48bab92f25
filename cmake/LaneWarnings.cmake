# Warning and sanitizer flags applied to every Lane target through lane_target_defaults().
add_library(lane_warnings INTERFACE)
target_compile_options(lane_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                               -Wnon-virtual-dtor -Wimplicit-fallthrough)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 reports impossible std::string memcpy overlaps at -O3 (GCC bug 105329) and
  # "maybe uninitialized" members of a moved std::variant at -O2 (GCC bug 107919).
  target_compile_options(lane_warnings INTERFACE -Wno-restrict -Wno-maybe-uninitialized)
endif()
if(LANE_WERROR)
  target_compile_options(lane_warnings INTERFACE -Werror)
endif()

add_library(lane_sanitizers INTERFACE)
if(LANE_SANITIZE)
  target_compile_options(lane_sanitizers INTERFACE -fsanitize=address,undefined
                                                   -fno-omit-frame-pointer
                                                   -fno-sanitize-recover=undefined)
  target_link_options(lane_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
