#include "catalog/DraftReader.h"
#include "support/CatalogSession.h"

#include <QTest>

#include <algorithm>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;

// DraftReader, the set-based reader behind the catalog reports, on a real encrypted database holding a
// small demo city: what it reads is what ResourceStore::load gives.
class TestDraftReader : public QObject, private test::CatalogSession
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { stop(); }
    void readerGivesWhatTheStoreLoads();
};

void TestDraftReader::readerGivesWhatTheStoreLoads()
{
    QVERIFY(!publish(QStringLiteral("带关联资源和普查数据的资源")).isEmpty());
    int visited = 0;
    DraftReader full(m_fx->database->connection(), DraftReader::Content::Full);
    auto r = full.forEach([&](ResourceDraft& d) {
        ++visited;
        const ResourceDraft stored = m_store->load(d.id).value();
        if (!(d == stored)) {
            qWarning("%s differs", qPrintable(d.id));
            return false;
        }
        return true;
    });
    QVERIFY(r);
    QCOMPARE(visited, m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0")));

    // Selected ids: those and only those; a deleted resource is left out.
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM info_resource ORDER BY code DESC LIMIT 3")));
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
    }
    QVERIFY(m_repo->remove(QStringLiteral("info_resource"), ids.at(0)));
    QStringList seen;
    bool allHaveItems = true;
    const auto collect = [&](ResourceDraft& d) {
        seen << d.id;
        allHaveItems = allHaveItems && !d.items.isEmpty();
        return true;
    };
    QVERIFY(DraftReader(m_fx->database->connection()).forEach(collect, ids));
    QVERIFY(allHaveItems);
    std::sort(seen.begin(), seen.end());
    QStringList expected = ids.mid(1);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(TestDraftReader)
#include "tst_draftreader.moc"
