#include "core/JsonText.h"
#include "core/rules/DraftFields.h"
#include "core/rules/SnapshotFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace govcat;

// Replacing fields in a snapshot's text gives what toSnapshotJson writes for the changed draft.
class TestSnapshotFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAndReplacesLikeARoundTrip();
    void refusesWhatItCannotPlace();
    void writtenAsQJsonDocumentWritesIt();
    void stringsEscapedAsQtEscapesThem();
};

namespace {

ResourceDraft awkwardDraft()
{
    ResourceDraft d;
    d.id = QStringLiteral("01234567-89ab-7cde-8f01-23456789abcd");
    d.name = QStringLiteral("引号\"与反斜杠\\的资源");
    d.abstract = QStringLiteral("换行\n制表\t回车\r 控制\x01 字符，和 \"update_cycle\":\"每月\" 这样的文字");
    d.updateCycle = QStringLiteral("每月");
    d.shareType = QStringLiteral("有条件共享");
    d.shareCondition = QStringLiteral("{\"嵌套\": [1, 2]}");
    d.items = {
        ItemDraft::of(QStringLiteral("更新周期 update_cycle"), QStringLiteral("C"), QStringLiteral("20")),
        ItemDraft::of(QStringLiteral("表情 😀"), QStringLiteral("C"))};
    d.relatedCodes = {QStringLiteral("101006/000001")};
    return d;
}

// toSnapshotJson as it was written with QJsonObject, before core/JsonText.
QByteArray referenceSnapshot(const ResourceDraft& draft)
{
    static const QStringList surveyKeys = {
        QStringLiteral("storage_total_gb"),  QStringLiteral("records_total_10k"),
        QStringLiteral("shared_storage_gb"), QStringLiteral("shared_records_10k"),
        QStringLiteral("opened_storage_gb"), QStringLiteral("opened_records_10k")};
    QJsonObject o;
    o.insert(QStringLiteral("snapshot"), 1);
    o.insert(QStringLiteral("id"), draft.id);
    o.insert(QStringLiteral("classification_id"), draft.classificationId);
    o.insert(QStringLiteral("provider_dept_id"), draft.providerDeptId);
    o.insert(QStringLiteral("catalog_version"), draft.catalogVersion);
    for (const DraftField& f : draftFields()) {
        o.insert(f.column, draft.*f.member);
    }
    o.insert(QStringLiteral("related_codes"), QJsonArray::fromStringList(draft.relatedCodes));
    QJsonObject survey;
    for (std::size_t i = 0; i < draft.survey.size(); ++i) {
        survey.insert(surveyKeys.at(qsizetype(i)), draft.survey.at(i));
    }
    o.insert(QStringLiteral("survey"), survey);
    QJsonArray items;
    for (const ItemDraft& item : draft.items) {
        items.append(QJsonObject{{QStringLiteral("id"), item.id},
                                 {QStringLiteral("name"), item.name},
                                 {QStringLiteral("data_type"), item.dataType},
                                 {QStringLiteral("length"), item.length},
                                 {QStringLiteral("precision"), item.precision},
                                 {QStringLiteral("item_share_type"), item.itemShareType},
                                 {QStringLiteral("item_share_condition"), item.itemShareCondition},
                                 {QStringLiteral("is_key"), item.isKey},
                                 {QStringLiteral("is_sensitive"), item.isSensitive}});
    }
    o.insert(QStringLiteral("items"), items);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

void TestSnapshotFields::writtenAsQJsonDocumentWritesIt()
{
    ResourceDraft awkward = awkwardDraft();
    awkward.catalogVersion = 7;
    awkward.items[0].isKey = true;
    awkward.items[1].itemShareCondition = QStringLiteral("斜杠/与\u0041转义") + QChar(0x7f) + QChar(0xdc00);
    awkward.survey = {QStringLiteral("12.5"), {}, QStringLiteral("\t"), {}, {}, QStringLiteral("0")};
    awkward.relatedCodes << QStringLiteral("\"引\"");
    QString everyControl;
    for (char16_t c = 0; c < 0x80; ++c) {
        everyControl += QChar(c);
    }
    awkward.openCondition = everyControl;
    for (const ResourceDraft& d : {ResourceDraft(), awkward}) {
        QCOMPARE(toSnapshotJson(d), referenceSnapshot(d));
        QCOMPARE(fromSnapshotJson(toSnapshotJson(d)).value(), d);
    }
}

void TestSnapshotFields::stringsEscapedAsQtEscapesThem()
{
    QStringList values = {QString(), QStringLiteral("信息资源"), QStringLiteral("😀"),
                          QStringLiteral("孤立") + QChar(0xd83d),
                          QString(QChar(0xdc00)) + QStringLiteral("x")};
    for (char16_t c = 0; c < 0x80; ++c) {
        values << QStringLiteral("a") + QChar(c) + QStringLiteral("资");
    }
    for (const QString& v : std::as_const(values)) {
        QByteArray written;
        json::appendString(written, v);
        const QByteArray qt = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        QCOMPARE(written, qt.mid(1, qt.size() - 2));
    }
}

void TestSnapshotFields::readsAndReplacesLikeARoundTrip()
{
    const ResourceDraft before = awkwardDraft();
    const QByteArray json = toSnapshotJson(before);
    QCOMPARE(snapshotStrings(json, {QStringLiteral("update_cycle"), QStringLiteral("name"),
                                    QStringLiteral("abstract"), QStringLiteral("share_condition")}),
             (QStringList{before.updateCycle, before.name, before.abstract, before.shareCondition}));
    const QList<QList<std::pair<QString, QString>>> changes = {
        {{QStringLiteral("update_cycle"), QStringLiteral("每季度")}},
        {{QStringLiteral("update_cycle"), QStringLiteral("其他")},
         {QStringLiteral("update_cycle_other"), QStringLiteral("随\"业务\"\\变化\n更新")}},
        {{QStringLiteral("share_type"), QStringLiteral("无条件共享")},
         {QStringLiteral("share_condition"), {}}},
        {{QStringLiteral("abstract"), QStringLiteral("表情 😀 与孤立代理 ") + QChar(0xd800)},
         {QStringLiteral("name"), QStringLiteral("控制\x1f")}},
    };
    for (const auto& change : changes) {
        ResourceDraft after = before;
        for (const auto& [column, value] : change) {
            after.*draftField(column)->member = value;
        }
        const auto replaced = withSnapshotStrings(json, change);
        QVERIFY(replaced);
        QCOMPARE(*replaced, toSnapshotJson(after));
        QCOMPARE(fromSnapshotJson(*replaced).value(), after);
    }
}

void TestSnapshotFields::refusesWhatItCannotPlace()
{
    const QByteArray json = toSnapshotJson(awkwardDraft());
    QVERIFY(!snapshotStrings(json, {QStringLiteral("no_such_field")}));
    QVERIFY(!snapshotStrings(json, {QStringLiteral("items")})); // not a string
    QVERIFY(!withSnapshotStrings(json, {{QStringLiteral("catalog_version"), QStringLiteral("2")}}));
    for (const QByteArray& broken :
         {QByteArray("[]"), QByteArray("{\"a\":\"b\""), QByteArray("{\"a\" \"b\"}"),
          QByteArray("{\"a\":\"b\",\"a\":\"c\"}"), QByteArray("{\"a\":\"b\"} x"), QByteArray()}) {
        QVERIFY2(!snapshotStrings(broken, {QStringLiteral("a")}), broken.constData());
    }
    QCOMPARE(snapshotStrings(QByteArray(" { \"a\" : \"b\" , \"c\" : [ \"}\" ] } "), {QStringLiteral("a")}),
             QStringList{QStringLiteral("b")});
}

QTEST_GUILESS_MAIN(TestSnapshotFields)
#include "tst_snapshotfields.moc"
