# Install rules: libcppcc with its headers, the CMake package cppcc::cppcc
# (cppccConfig.cmake, cppccConfigVersion.cmake), cppcc.pc, the data files and
# the docs. The tools, man pages and completions are installed by
# tools/CMakeLists.txt. docs/library.md says how a consumer uses them.
include(CMakePackageConfigHelpers)

set(CPPCC_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/cppcc" CACHE STRING
    "Where cppccConfig.cmake is installed (relative to the prefix)")
set(CPPCC_INSTALL_DOCDIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/cppcc")

install(TARGETS cppcc EXPORT cppccTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT cppcc_development
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT cppcc_runtime NAMELINK_COMPONENT cppcc_development
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT cppcc_runtime)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/lib/include/cppcc" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        COMPONENT cppcc_development FILES_MATCHING PATTERN "*.h")
install(FILES "${PROJECT_BINARY_DIR}/lib/include/cppcc/version.h" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/cppcc"
        COMPONENT cppcc_development)
install(EXPORT cppccTargets NAMESPACE cppcc:: DESTINATION "${CPPCC_INSTALL_CMAKEDIR}"
        COMPONENT cppcc_development)

# A static libcppcc needs its dependencies at the consumer's link step; a
# shared one brings them itself.
if(BUILD_SHARED_LIBS)
  set(CPPCC_STATIC_LIBRARY OFF)
else()
  set(CPPCC_STATIC_LIBRARY ON)
endif()
configure_package_config_file(cmake/cppccConfig.cmake.in "${PROJECT_BINARY_DIR}/cppccConfig.cmake"
  INSTALL_DESTINATION "${CPPCC_INSTALL_CMAKEDIR}")
# 0.x: a new minor version may break the API, so only the same minor matches.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/cppccConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/cppccConfig.cmake" "${PROJECT_BINARY_DIR}/cppccConfigVersion.cmake"
        DESTINATION "${CPPCC_INSTALL_CMAKEDIR}" COMPONENT cppcc_development)

# cppcc.pc names its prefix relative to its own folder, so the installed tree
# can be moved (and `cmake --install --prefix DIR` works without reconfiguring).
set(CPPCC_PC_DEPENDENCIES "fmt icu-uc icu-i18n libutf8proc libzip libxml-2.0 gumbo poppler-cpp opencc pugixml libcrypto sqlite3")
if(CPPCC_STATIC_LIBRARY)
  set(CPPCC_PC_REQUIRES "Requires: ${CPPCC_PC_DEPENDENCIES}")
  set(CPPCC_PC_LIBS_EXTRA " -pthread")
else()
  set(CPPCC_PC_REQUIRES "Requires.private: ${CPPCC_PC_DEPENDENCIES}")
  set(CPPCC_PC_LIBS_EXTRA "")
endif()
file(RELATIVE_PATH CPPCC_PC_PREFIX_FROM_PCDIR "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
string(REGEX REPLACE "/$" "" CPPCC_PC_PREFIX_FROM_PCDIR "${CPPCC_PC_PREFIX_FROM_PCDIR}")
configure_file(cmake/cppcc.pc.in "${PROJECT_BINARY_DIR}/cppcc.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/cppcc.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
        COMPONENT cppcc_development)

# The data files are compiled into the library; installed as reference (a
# lexicon to extend with --dict, a formulation list to read) with their README.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/data/" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/cppcc/data"
        COMPONENT cppcc_runtime)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${CPPCC_INSTALL_DOCDIR}" COMPONENT cppcc_runtime)
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${CPPCC_INSTALL_DOCDIR}" COMPONENT cppcc_runtime)
