# One INTERFACE target with the warnings and strict Qt defines every layer links privately.
add_library(app_common INTERFACE)
target_compile_options(app_common INTERFACE -Wall -Wextra -Wpedantic -Werror -Wshadow
                                            -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
                                            -Woverloaded-virtual -Wformat=2)
target_compile_definitions(app_common INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_CONTEXTLESS_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400 QT_FORCE_ASSERTS)

if(GOVCAT_SANITIZE)
  target_compile_options(app_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                              -fno-sanitize-recover=undefined)
  target_link_options(app_common INTERFACE -fsanitize=address,undefined)
endif()

# The allocator: every executable links jemalloc. In an import's write, glibc's malloc spent about
# a tenth of the time searching its bins for the page, record and string allocations of SQLite and
# Qt; with jemalloc the write is 12-15 % faster (docs/PERFORMANCE.md, "Catalog import"). Sanitizer
# builds keep the sanitizer's allocator.
option(GOVCAT_JEMALLOC "Link jemalloc as the allocator of every executable (not with sanitizers)" ON)
if(GOVCAT_JEMALLOC AND NOT GOVCAT_SANITIZE AND NOT GOVCAT_FUZZ AND NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
  find_library(GOVCAT_JEMALLOC_LIBRARY jemalloc REQUIRED)
  # --no-as-needed: nothing calls jemalloc by name; it replaces malloc and free by being linked
  target_link_libraries(app_common INTERFACE "-Wl,--push-state,--no-as-needed" ${GOVCAT_JEMALLOC_LIBRARY}
                                             "-Wl,--pop-state")
endif()
