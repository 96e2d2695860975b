#include "core/CodeLists.h"

#include <QSet>
#include <QTest>

using namespace govcat;

class TestCodeLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyListIsWellFormed();
    void keysRoundTrip();
    void canonicalNamesMatchSchema_data();
    void canonicalNamesMatchSchema();
    void typedRoundTrip();
    void codesFollowSources();
    void dataTypeStoresLetters();
    void formatCascade();
    void shareMethodRule();
    void unknownValuesAreRejected();
};

void TestCodeLists::everyListIsWellFormed()
{
    QCOMPARE(allCodeLists().size(), int(CodeListId::OpenType) + 1);
    QSet<QString> keys;
    for (CodeListId id : allCodeLists()) {
        const CodeList& list = codeList(id);
        QCOMPARE(list.id, id);
        QVERIFY(!list.key.isEmpty());
        QVERIFY(!list.name.isEmpty());
        QVERIFY(!list.english.isEmpty());
        QVERIFY2(!keys.contains(list.key), qPrintable(list.key));
        keys.insert(list.key);
        QVERIFY(!list.entries.isEmpty());
        QSet<QString> codes;
        QSet<QString> names;
        for (const CodeEntry& e : list.entries) {
            QVERIFY2(!e.code.isEmpty() && !e.name.isEmpty() && !e.english.isEmpty(), qPrintable(e.name));
            QVERIFY2(!codes.contains(e.code), qPrintable(list.key + u' ' + e.code));
            QVERIFY2(!names.contains(e.name), qPrintable(list.key + u' ' + e.name));
            codes.insert(e.code);
            names.insert(e.name);
        }
    }
}

void TestCodeLists::keysRoundTrip()
{
    for (CodeListId id : allCodeLists()) {
        QCOMPARE(codeListFromKey(codeList(id).key), std::optional<CodeListId>(id));
    }
    QCOMPARE(codeListFromKey(u"share_type"), std::optional<CodeListId>(CodeListId::ShareType));
    QVERIFY(!codeListFromKey(u"no_such_list"));
}

// The schema's CHECK constraints (db/migrations/SchemaV1.sql.h), in order.
void TestCodeLists::canonicalNamesMatchSchema_data()
{
    QTest::addColumn<CodeListId>("id");
    QTest::addColumn<QStringList>("names");
    const auto row = [](const char* tag, CodeListId id, QStringList names) {
        QTest::newRow(tag) << id << names;
    };
    row("share_type", CodeListId::ShareType,
        {QStringLiteral("无条件共享"), QStringLiteral("有条件共享"), QStringLiteral("不予共享")});
    row("open", CodeListId::OpenToPublic, {QStringLiteral("是"), QStringLiteral("否")});
    row("secret", CodeListId::SecretAttribute, {QStringLiteral("涉密"), QStringLiteral("非涉密")});
    row("level", CodeListId::ResourceLevel, {QStringLiteral("部门"), QStringLiteral("国家")});
    row("status", CodeListId::ResourceStatus,
        {QStringLiteral("草稿"), QStringLiteral("待审核"), QStringLiteral("已退回"), QStringLiteral("已发布"),
         QStringLiteral("下线中"), QStringLiteral("已下线")});
    row("mount", CodeListId::MountStatus,
        {QStringLiteral("未挂接"), QStringLiteral("挂接待审核"), QStringLiteral("已挂接"),
         QStringLiteral("挂接退回")});
    row("role", CodeListId::Role,
        {QStringLiteral("目录填报人员"), QStringLiteral("审核员"), QStringLiteral("部门领导（查阅）"),
         QStringLiteral("管理员")});
    row("open_type", CodeListId::OpenType,
        {QStringLiteral("无条件开放"), QStringLiteral("有条件开放"), QStringLiteral("不予开放")});
    row("dept_level", CodeListId::DepartmentLevel,
        {QStringLiteral("省"), QStringLiteral("市"), QStringLiteral("县"), QStringLiteral("乡")});
    row("class_level", CodeListId::CatalogClassLevel,
        {QStringLiteral("类"), QStringLiteral("项"), QStringLiteral("目"), QStringLiteral("细目")});
    row("kind", CodeListId::CatalogKind,
        {QStringLiteral("基础"), QStringLiteral("主题"), QStringLiteral("部门")});
    row("relation", CodeListId::RelationKind, {QStringLiteral("来源"), QStringLiteral("关联")});
    row("legal", CodeListId::LegalBasisLevel,
        {QStringLiteral("法律"), QStringLiteral("行政法规"), QStringLiteral("国务院决定"),
         QStringLiteral("党中央国务院政策"), QStringLiteral("地方性法规"), QStringLiteral("规章")});
    row("update_cycle", CodeListId::UpdateCycle,
        {QStringLiteral("实时"), QStringLiteral("每日"), QStringLiteral("每周"), QStringLiteral("每月"),
         QStringLiteral("每季度"), QStringLiteral("每半年"), QStringLiteral("每年"), QStringLiteral("其他")});
    row("share_method_category", CodeListId::ShareMethodCategory,
        {QStringLiteral("共享平台方式"), QStringLiteral("邮件"), QStringLiteral("拷盘"),
         QStringLiteral("介质交换"), QStringLiteral("其他")});
    row("share_method_type", CodeListId::ShareMethodType,
        {QStringLiteral("数据库"), QStringLiteral("文件"), QStringLiteral("接口")});
    row("format_category", CodeListId::FormatCategory,
        {QStringLiteral("电子文件"), QStringLiteral("电子表格"), QStringLiteral("数据库"),
         QStringLiteral("图形图像"), QStringLiteral("流媒体"), QStringLiteral("自描述格式"),
         QStringLiteral("服务接口"), QStringLiteral("其他")});
}

void TestCodeLists::canonicalNamesMatchSchema()
{
    QFETCH(CodeListId, id);
    QFETCH(QStringList, names);
    QCOMPARE(codeList(id).names(), names);
    for (const QString& n : names) {
        QVERIFY(codeList(id).isStoredValue(n));
    }
}

void TestCodeLists::typedRoundTrip()
{
    QCOMPARE(canonicalName(ShareType::Conditional), QStringLiteral("有条件共享"));
    QCOMPARE(englishName(ShareType::NotShared), QStringLiteral("Not shared"));
    QCOMPARE(codeOf(ShareType::NotShared), QStringLiteral("3"));
    QCOMPARE(fromName<ShareType>(u"无条件共享"), std::optional(ShareType::Unconditional));
    QCOMPARE(fromCode<ShareType>(u"2"), std::optional(ShareType::Conditional));
    QCOMPARE(englishName(Role::CatalogEditor), QStringLiteral("Catalog editor"));
    QCOMPARE(canonicalName(Role::Administrator), QStringLiteral("管理员"));
    QCOMPARE(canonicalName(UpdateCycle::HalfYearly), QStringLiteral("每半年"));
    // Names stored before schema v6 are still understood, but are not stored values any more.
    QCOMPARE(fromName<UpdateCycle>(u"半年"), std::optional(UpdateCycle::HalfYearly));
    QCOMPARE(fromName<ShareMethodCategory>(u"共享平台"), std::optional(ShareMethodCategory::Platform));
    QCOMPARE(fromName<Role>(u"编目员"), std::optional(Role::CatalogEditor));
    QCOMPARE(fromName<Role>(u"领导"), std::optional(Role::Leader));
    QVERIFY(!codeList(CodeListId::UpdateCycle).isStoredValue(u"半年"));
    QVERIFY(!codeList(CodeListId::Role).isStoredValue(u"编目员"));
    QCOMPARE(renamedEntries().size(), 4);
    QCOMPARE(derivedOpenType(QStringLiteral("否"), {}), QStringLiteral("不予开放"));
    QCOMPARE(derivedOpenType(QStringLiteral("是"), {}), QStringLiteral("无条件开放"));
    QCOMPARE(derivedOpenType(QStringLiteral("是"), QStringLiteral("通过开放平台无条件开放，可下载。")),
             QStringLiteral("无条件开放"));
    QCOMPARE(derivedOpenType(QStringLiteral("是"), QStringLiteral("需实名注册")),
             QStringLiteral("有条件开放"));
    QCOMPARE(derivedOpenType({}, {}), QString());
    QCOMPARE(canonicalName(LegalBasisLevel::Rule), QStringLiteral("规章"));
    QCOMPARE(canonicalName(CatalogClassLevel::SubGroup), QStringLiteral("细目"));
    QCOMPARE(canonicalName(FormatCategory::Other), QStringLiteral("其他"));
    QCOMPARE(canonicalName(SecretAttribute::NonSecret), QStringLiteral("非涉密"));
    // Every enumerator of every typed list maps to its own entry and back.
    const auto check = [](auto last) {
        using E = decltype(last);
        QCOMPARE(codeList(CodeListOf<E>::id).entries.size(), qsizetype(last) + 1);
        for (int i = 0; i <= int(last); ++i) {
            QCOMPARE(fromName<E>(canonicalName(E(i))), std::optional<E>(E(i)));
            QCOMPARE(fromCode<E>(codeOf(E(i))), std::optional<E>(E(i)));
        }
    };
    check(ShareType::NotShared);
    check(FormatCategory::Other);
    check(ShareMethodCategory::Other);
    check(ShareMethodType::Interface);
    check(UpdateCycle::Other);
    check(DataType::Float);
    check(ResourceStatus::Withdrawn);
    check(MountStatus::MountReturned);
    check(OpenToPublic::No);
    check(SecretAttribute::NonSecret);
    check(ResourceLevel::National);
    check(RelationKind::Related);
    check(Role::Administrator);
    check(DepartmentLevel::Township);
    check(CatalogClassLevel::SubGroup);
    check(CatalogKind::Departmental);
    check(LegalBasisLevel::Rule);
    check(OpenType::NotOpen);
}

void TestCodeLists::codesFollowSources()
{
    // DOMAIN §2.6: [idatrix] numbers 实时…每年 1–6; 半年 and 其他 are platform additions.
    QCOMPARE(codeOf(UpdateCycle::RealTime), QStringLiteral("1"));
    QCOMPARE(codeOf(UpdateCycle::Yearly), QStringLiteral("6"));
    QCOMPARE(codeOf(UpdateCycle::HalfYearly), QStringLiteral("7"));
    QCOMPARE(codeOf(UpdateCycle::Other), QStringLiteral("9"));
    // DOMAIN §2.5: 格式分类 1–6 from the template, 7 the platform extension.
    QCOMPARE(codeOf(FormatCategory::ElectronicFile), QStringLiteral("1"));
    QCOMPARE(codeOf(FormatCategory::SelfDescribing), QStringLiteral("6"));
    QCOMPARE(codeOf(FormatCategory::Service), QStringLiteral("7"));
    // DOMAIN §2.8 ([code-X] BM_SS_MLXX): 03 已发布, 07 已退回.
    QCOMPARE(codeOf(ResourceStatus::Published), QStringLiteral("03"));
    QCOMPARE(codeOf(ResourceStatus::Returned), QStringLiteral("07"));
    QCOMPARE(fromCode<ResourceStatus>(u"05"), std::optional(ResourceStatus::Withdrawn));
}

void TestCodeLists::dataTypeStoresLetters()
{
    const CodeList& types = codeList(CodeListId::DataType);
    QVERIFY(types.storesCode);
    QCOMPARE(types.entries.size(), 11);
    QString letters;
    for (const CodeEntry& e : types.entries) {
        letters += e.code;
    }
    QCOMPARE(letters, QStringLiteral("CNYDTLMGBIF"));
    QCOMPARE(storedValue(DataType::Currency), QStringLiteral("Y"));
    QCOMPARE(canonicalName(DataType::Currency), QStringLiteral("货币型"));
    QCOMPARE(canonicalName(DataType::DateTime), QStringLiteral("日期时间型"));
    QCOMPARE(canonicalName(DataType::Double), QStringLiteral("双精度型"));
    QVERIFY(types.isStoredValue(u"T"));
    QVERIFY(!types.isStoredValue(u"字符型"));
    QCOMPARE(storedValue(ShareType::Conditional), QStringLiteral("有条件共享"));
}

void TestCodeLists::formatCascade()
{
    QStringList sheets;
    for (const CodeEntry& e : formatTypesOf(FormatCategory::Spreadsheet)) {
        sheets << e.name;
    }
    QCOMPARE(sheets, (QStringList{QStringLiteral("et"), QStringLiteral("xls"), QStringLiteral("xlsx"),
                                  QStringLiteral("csv")}));
    QVERIFY(formatTypesOf(FormatCategory::SelfDescribing).isEmpty());
    QVERIFY(formatTypesOf(FormatCategory::Other).isEmpty());
    QVERIFY(formatTypesOf(FormatCategory::Database).size() >= 9);
    QVERIFY(isFormatTypeOf(FormatCategory::ElectronicFile, u"OFD"));
    QVERIFY(isFormatTypeOf(FormatCategory::Database, u"达梦"));
    QVERIFY(!isFormatTypeOf(FormatCategory::Spreadsheet, u"pdf"));
    QVERIFY(!isFormatTypeOf(FormatCategory::Image, u"bogus"));
    // Every format type hangs under an existing category.
    const CodeList& categories = codeList(CodeListId::FormatCategory);
    for (const CodeEntry& e : codeList(CodeListId::FormatType).entries) {
        QVERIFY2(categories.findCode(e.parentCode), qPrintable(e.name));
        QVERIFY(e.code.startsWith(e.parentCode));
    }
}

void TestCodeLists::shareMethodRule()
{
    using L = QList<ShareMethodType>;
    QCOMPARE(expectedShareMethodTypes(FormatCategory::Spreadsheet), L{ShareMethodType::File});
    QCOMPARE(expectedShareMethodTypes(FormatCategory::Streaming), L{ShareMethodType::File});
    QCOMPARE(expectedShareMethodTypes(FormatCategory::Database),
             (L{ShareMethodType::Database, ShareMethodType::Interface}));
    QCOMPARE(expectedShareMethodTypes(FormatCategory::Service), L{ShareMethodType::Interface});
    QCOMPARE(expectedShareMethodTypes(FormatCategory::Other).size(), 3);
}

void TestCodeLists::unknownValuesAreRejected()
{
    QVERIFY(!fromName<ShareType>(u"部分共享"));
    QVERIFY(!fromName<ShareType>(u""));
    QVERIFY(!fromName<ShareType>(u"无条件共享 ")); // no trimming: stored values are exact
    QVERIFY(!fromCode<UpdateCycle>(u"8"));
    QVERIFY(!codeList(CodeListId::ResourceStatus).isStoredValue(u"退回")); // DOMAIN §8 wording, not schema
    QCOMPARE(codeList(CodeListId::ShareType).findName(u"x"), nullptr);
}

QTEST_APPLESS_MAIN(TestCodeLists)
#include "tst_codelists.moc"
