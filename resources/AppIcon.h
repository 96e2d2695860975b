#pragma once

#include <QIcon>

namespace govcat::resources {

// The application icon from the compiled-in govcat.qrc, at 16, 32, 48, 64, 128 and 256 px.
// QApplication::setWindowIcon with it gives the main window and every dialog the icon.
QIcon applicationIcon();

// The PNG sizes the icon holds (also installed under hicolor by the package).
inline constexpr int kApplicationIconSizes[] = {16, 32, 48, 64, 128, 256};

} // namespace govcat::resources
