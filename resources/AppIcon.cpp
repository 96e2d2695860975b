#include "resources/AppIcon.h"

#include <QString>

// Q_INIT_RESOURCE must run outside any namespace, anonymous ones included; a static library's
// resources are not registered until something calls it.
static bool initGovcatResources()
{
    Q_INIT_RESOURCE(govcat);
    return true;
}

namespace govcat::resources {

QIcon applicationIcon()
{
    static const bool registered = initGovcatResources();
    Q_UNUSED(registered);
    QIcon icon;
    for (const int size : kApplicationIconSizes) {
        icon.addFile(QStringLiteral(":/icons/govcat-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace govcat::resources
