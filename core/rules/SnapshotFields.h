#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace govcat {

// Reading and replacing a few top-level text fields of a resource snapshot (toSnapshotJson) without
// parsing and writing all of it: bulk edit changes one field of thousands of revisions, and a full
// round trip through ResourceDraft took most of its time. The rest of the document is kept byte for
// byte; the new values are written as QJsonDocument writes strings, so the result is what
// toSnapshotJson would write for the changed draft.

// The values of `keys` (top-level string members), in that order; nullopt when the text is not a
// JSON object or one of them is missing or not a string.
std::optional<QStringList> snapshotStrings(const QByteArray& json, const QStringList& keys);

// The snapshot with those members set to new values; nullopt as above.
std::optional<QByteArray> withSnapshotStrings(const QByteArray& json,
                                              const QList<std::pair<QString, QString>>& values);

} // namespace govcat
