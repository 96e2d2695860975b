#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace govcat {

// A typed setting: key and default live together at the declaration.
template <typename T> class Setting
{
public:
    Setting(QSettings* store, QString key, T defaultValue)
        : m_store(store), m_key(std::move(key)), m_default(std::move(defaultValue))
    {}
    T get() const { return m_store->value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T& value) { m_store->setValue(m_key, QVariant::fromValue(value)); }
    void reset() { m_store->remove(m_key); }
    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

private:
    QSettings* m_store;
    QString m_key;
    T m_default;
};

// All user preferences of govcat in one place. Construct with an explicit file in tests.
class Settings
{
public:
    Settings();                                // the user's settings (QSettings, organisation "govcat")
    explicit Settings(const QString& iniPath); // a given INI file, for tests and portable use
    ~Settings();

private:
    std::unique_ptr<QSettings> m_store; // declared first: the settings below point into it

public:
    Setting<QString> language;         // "zh_CN" (default) or "en"
    Setting<QString> lastDatabasePath; // the database opened last
    Setting<QByteArray> mainWindowGeometry;
    Setting<QByteArray> mainWindowState;
    Setting<QByteArray> resourceHeaderState; // columns shown, their order and widths
    Setting<QString> lastImportDir;          // where the last imported catalog file was
    Setting<QString> departmentOrder;        // "pinyin" (default) or "official" (department code)

    void sync();
    QString fileName() const;
};

} // namespace govcat
