#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace govcat::sync {

// The sync protocol's version (the X-Protocol header and the body's "protocol"). A server answers
// a version it does not speak with 426 and the versions it does.
inline constexpr int kProtocolVersion = 1;

// What a push body may hold. The server refuses anything larger before it parses (413) and
// anything beyond these counts after (400); the figures leave room for an import of a whole
// department's catalog in a few batches.
struct PushLimits
{
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
    int maxMutations = 500;
    int maxFields = 200;            // columns in one mutation
    int maxChildren = 5000;         // child rows carried by one new parent row (a resource's data items)
    qsizetype maxTextBytes = 65536; // one value
};

enum class Op
{
    Insert,
    Update,
    Delete
};

// One outbox entry on the wire: the client's order (seq), its identity for replays (mutationId),
// the row, the version the edit was based on, and field-level values: {"column": {"old": x,
// "new": y}} for an update or a delete, {"column": {"new": y}} or {"column": y} for an insert.
// A new parent row carries the child rows inserted with it: {"child_table": [{"id": …, "fields":
// {…}}, …]}. The server checks tables, columns and rights against its registry; this layer only
// the shape.
struct Mutation
{
    QString mutationId; // UUID, lower-case canonical text
    qint64 seq = 0;     // > 0, strictly increasing within a client
    Op op = Op::Update;
    QString table;
    QString rowId;          // UUID
    qint64 baseVersion = 0; // 0 for an insert, and for an edit of a row not yet acknowledged
    QString ownerDeptId;
    int schemaVersion = 0; // of the table's domain when the entry was written
    QJsonObject fields;
    QJsonObject children;
    QString deviceTime; // for display only; the server orders by seq and its own commit order
};

struct PushRequest
{
    QString clientId; // UUID of the device's registration
    QList<Mutation> mutations;
};

// Parses a push body; a body that is not exactly this shape is refused with Error::Kind::Invalid
// and a sentence naming the first problem (and, for a protocol version it does not speak,
// Error::Kind::TooNew).
Result<PushRequest> parsePushRequest(const QByteArray& body, const PushLimits& limits = {});
QByteArray encodePushRequest(const PushRequest& request);

QString opName(Op op);
bool isCanonicalUuid(const QString& text);

} // namespace govcat::sync
