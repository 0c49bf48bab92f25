# Installation layout and the Debian package (cmake --build --preset release --target package).
include(GNUInstallDirs)

foreach(exe lane lanectl)
  if(TARGET ${exe})
    install(TARGETS ${exe} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  endif()
endforeach()

install(FILES installer/systemd/lane.service DESTINATION lib/systemd/system)
install(FILES installer/kiosk/lane-kiosk.desktop DESTINATION share/xsessions)
install(FILES installer/config/lane.toml DESTINATION share/lane RENAME lane.toml.example)
install(DIRECTORY resources/ DESTINATION share/lane/resources OPTIONAL)
install(FILES README.md DESTINATION share/doc/lane)
install(DIRECTORY docs/ DESTINATION share/doc/lane FILES_MATCHING PATTERN "*.md")

set(CPACK_PACKAGE_NAME lane)
set(CPACK_PACKAGE_VENDOR "Lane")
set(CPACK_PACKAGE_CONTACT "Lane maintainers <maintainers@lane.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Checkout for retail chains: cashier lane, self-checkout, end of day")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Run-time pieces no linker sees: QML modules, the platform plugins, the Korean font.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, fonts-nanum, qt6-qpa-plugins, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtquick-templates, qml6-module-qtqml-workerscript")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/installer/debian/postinst;${PROJECT_SOURCE_DIR}/installer/debian/prerm;${PROJECT_SOURCE_DIR}/installer/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
