#include "RawFloor.h"

#include "../BenchUtil.h"
#include "core/JsonText.h"
#include "core/Uuid.h"
#include "db/driver/CipherDriver.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace govcat::bench {

namespace {

struct Statement
{
    Statement(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
            fail(QString::fromUtf8(sqlite3_errmsg(db)));
        }
    }
    ~Statement() { sqlite3_finalize(s); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void text(int index, const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void run(sqlite3* db)
    {
        if (sqlite3_step(s) != SQLITE_DONE) {
            fail(QString::fromUtf8(sqlite3_errmsg(db)));
        }
        sqlite3_reset(s);
    }

    sqlite3_stmt* s = nullptr;
};

} // namespace

void runRawFloor(const QSqlDatabase& db, int items)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, owner_dept_id FROM info_resource WHERE is_deleted = 0 LIMIT 1")) ||
        !q.next()) {
        fail(QStringLiteral("no resource to attach items to"));
    }
    const QString resource = q.value(0).toString();
    const QString dept = q.value(1).toString();
    q.finish();
    auto* h = db.driver()->handle().value<sqlite3*>();
    const QString now = QStringLiteral("2026-11-28T10:00:00.000Z");
    Stopwatch watch;
    sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
    {
        Statement item(
            h, "INSERT INTO info_item (id, owner_dept_id, updated_at, updated_by, resource_id, seq, name, "
               "data_type, length, is_key, is_sensitive) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        Statement outbox(
            h, "INSERT INTO outbox (mutation_id, table_name, row_id, op, base_version, owner_dept_id, "
               "fields, schema_version, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)");
        for (int i = 0; i < items; ++i) {
            const QString id = newUuid();
            const QString name = QStringLiteral("参照信息项%1").arg(i);
            item.text(1, id);
            item.text(2, dept);
            item.text(3, now);
            item.text(4, QStringLiteral("bench"));
            item.text(5, resource);
            sqlite3_bind_int(item.s, 6, i % 10 + 1);
            item.text(7, name);
            item.text(8, QStringLiteral("C"));
            sqlite3_bind_int(item.s, 9, 50);
            sqlite3_bind_int(item.s, 10, 0);
            sqlite3_bind_int(item.s, 11, 0);
            item.run(h);
            QByteArray fields = "{";
            const auto member = [&fields](const char* key, const QByteArray& value) {
                fields += fields.size() > 1 ? ",\"" : "\"";
                fields += key;
                fields += "\":{\"new\":" + value + '}';
            };
            const auto string = [](const QString& value) {
                QByteArray out;
                json::appendString(out, value);
                return out;
            };
            member("data_type", string(QStringLiteral("C")));
            member("is_key", "0");
            member("is_sensitive", "0");
            member("length", "50");
            member("name", string(name));
            member("owner_dept_id", string(dept));
            member("resource_id", string(resource));
            member("seq", QByteArray::number(i % 10 + 1));
            fields += '}';
            outbox.text(1, newUuid());
            outbox.text(2, QStringLiteral("info_item"));
            outbox.text(3, id);
            outbox.text(4, QStringLiteral("insert"));
            sqlite3_bind_int(outbox.s, 5, 0);
            outbox.text(6, dept);
            outbox.text(7, QString::fromUtf8(fields));
            sqlite3_bind_int(outbox.s, 8, 3);
            outbox.text(9, now);
            outbox.text(10, QStringLiteral("bench"));
            outbox.run(h);
        }
    }
    printFigure("floor_ms", watch.wallMs());
    printFigure("floor_cpu_ms", watch.cpuMs());
    watch.restart();
    if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(h)));
    }
    printFigure("floor_commit_ms", watch.wallMs());
    printFigure("floor_items", qint64(items));
}

} // namespace govcat::bench
