# One INTERFACE target with the warnings and strict Qt defines every layer links privately.
# Warnings are errors where CI builds (GOVCAT_WERROR=ON in scripts/test.sh); a packager's newer
# compiler may warn about what this one does not, so a plain build only warns.
option(GOVCAT_WERROR "Treat compiler warnings as errors" OFF)
add_library(app_common INTERFACE)
target_compile_options(app_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                            -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
                                            -Woverloaded-virtual -Wformat=2)
if(GOVCAT_WERROR)
  target_compile_options(app_common INTERFACE -Werror)
endif()
target_compile_definitions(app_common INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_CONTEXTLESS_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400 QT_FORCE_ASSERTS)

# Hardening as Debian's dpkg-buildflags sets it (lintian checks the package for it): stack
# protector and clash protection, control-flow protection, full RELRO with immediate binding, and
# _FORTIFY_SOURCE where the optimizer runs (it needs -O; glibc warns without it, so not in Debug).
target_compile_options(app_common INTERFACE -fstack-protector-strong -fstack-clash-protection
                                            -fcf-protection)
target_compile_definitions(app_common INTERFACE
  $<$<AND:$<NOT:$<CONFIG:Debug>>,$<NOT:$<BOOL:${GOVCAT_SANITIZE}>>>:_FORTIFY_SOURCE=2>)
target_link_options(app_common INTERFACE LINKER:-z,relro LINKER:-z,now)

if(GOVCAT_SANITIZE)
  target_compile_options(app_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                              -fno-sanitize-recover=undefined)
  target_link_options(app_common INTERFACE -fsanitize=address,undefined)
endif()
