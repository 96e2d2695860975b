#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

namespace govcat::json {

// Compact JSON text written the way QJsonDocument::toJson(QJsonDocument::Compact) writes it (members
// in key order, strings escaped as Qt escapes them), without building QJsonObjects: revision
// snapshots and outbox entries are written by the ten thousand in a bulk edit. Keys are ASCII.

// Appends a JSON string.
void appendString(QByteArray& out, QStringView value);

class ObjectWriter
{
public:
    void string(QByteArrayView key, QStringView value);
    void integer(QByteArrayView key, qint64 value);
    void boolean(QByteArrayView key, bool value);
    void null(QByteArrayView key);
    void value(QByteArrayView key, QByteArray json); // a value already written (object, array)
    QByteArray text();                               // members sorted by key

private:
    std::vector<std::pair<QByteArray, QByteArray>> m_members;
};

// An array of values already written.
QByteArray array(const QList<QByteArray>& values);

} // namespace govcat::json
