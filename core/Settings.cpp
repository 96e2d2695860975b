#include "Settings.h"

namespace govcat {

namespace {
std::unique_ptr<QSettings> userStore()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("govcat"),
                                       QStringLiteral("govcat"));
}
} // namespace

Settings::Settings() : Settings(userStore()->fileName()) {}

Settings::Settings(const QString& iniPath)
    : m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)),
      language(m_store.get(), QStringLiteral("ui/language"), QStringLiteral("zh_CN")),
      lastDatabasePath(m_store.get(), QStringLiteral("db/lastPath"), QString()),
      mainWindowGeometry(m_store.get(), QStringLiteral("ui/mainWindowGeometry"), QByteArray()),
      mainWindowState(m_store.get(), QStringLiteral("ui/mainWindowState"), QByteArray()),
      resourceHeaderState(m_store.get(), QStringLiteral("ui/resourceHeaderState"), QByteArray()),
      lastImportDir(m_store.get(), QStringLiteral("io/lastImportDir"), QString()),
      departmentOrder(m_store.get(), QStringLiteral("ui/departmentOrder"), QStringLiteral("pinyin"))
{}

Settings::~Settings() = default;

void Settings::sync()
{
    m_store->sync();
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

} // namespace govcat
