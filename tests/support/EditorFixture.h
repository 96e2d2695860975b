#pragma once

#include "core/CodeLists.h"
#include "core/Uscc.h"
#include "core/rules/DraftFields.h"
#include "core/rules/ResourceDraft.h"
#include "ui/catalog/editor/ResourceEditor.h"

#include <QTest>

#include <memory>

// A ResourceEditor without a database, and drafts of 市公安局 to put in it.
namespace govcat::test {

// Drafts are equal; on failure the snapshots (every field and item) show where they differ.
#define COMPARE_DRAFTS(actual, expected)                                                                     \
    do {                                                                                                     \
        QCOMPARE(QString::fromUtf8(toSnapshotJson(actual)), QString::fromUtf8(toSnapshotJson(expected)));    \
        QVERIFY((actual) == (expected));                                                                     \
    } while (false)

inline ItemDraft item(const char* name, const char* type, const char* length)
{
    ItemDraft i;
    i.name = QString::fromUtf8(name);
    i.dataType = QLatin1String(type);
    i.length = QLatin1String(length);
    return i;
}

// A new resource of 市公安局 as the main window would open it: provider known, nothing else filled.
inline ResourceDraft newDraft()
{
    ResourceDraft d;
    d.id = QStringLiteral("res-1");
    d.providerDeptId = QStringLiteral("dept-1");
    d.providerName = QStringLiteral("市公安局");
    const QString first17 = QStringLiteral("11330100002482061");
    d.providerCode = first17 + usccCheckCharacter(first17);
    d.status = canonicalName(ResourceStatus::Draft);
    d.isSecret = canonicalName(SecretAttribute::NonSecret);
    return d;
}

inline ResourceDraft validDraft()
{
    ResourceDraft d = newDraft();
    d.name = QStringLiteral("常住人口基本信息");
    d.classificationId = QStringLiteral("class-1");
    d.classificationCode = QStringLiteral("301001");
    d.abstract = QStringLiteral("本市常住人口的姓名、公民身份号码、户籍地址等基本信息。");
    d.formatCategory = canonicalName(FormatCategory::Database);
    d.formatType = QStringLiteral("Oracle");
    d.shareType = canonicalName(ShareType::Unconditional);
    d.shareMethodCategory = canonicalName(ShareMethodCategory::Platform);
    d.shareMethodType = canonicalName(ShareMethodType::Interface);
    d.openToPublic = canonicalName(OpenToPublic::No);
    d.updateCycle = canonicalName(UpdateCycle::Daily);
    d.items = {item("公民身份号码", "C", "18")};
    return d;
}

// An editor with the classifications (class-1, class-2) and legal basis (basis-1) the drafts refer to,
// shown and activated; the test waits for it with QTest::qWaitForWindowActive.
inline std::unique_ptr<ui::ResourceEditor> openEditor()
{
    auto editor = std::make_unique<ui::ResourceEditor>();
    editor->setClassifications(
        {{QStringLiteral("class-1"), QStringLiteral("301001 市公安局")},
         {QStringLiteral("class-2"), QStringLiteral("人口基础信息"), QStringLiteral("101")}});
    editor->setLegalBases({{QStringLiteral("basis-1"), QStringLiteral("中华人民共和国保守国家秘密法")}});
    editor->resize(1400, 1000);
    editor->show();
    editor->activateWindow();
    return editor;
}

} // namespace govcat::test
