#pragma once

#include <QString>

#include <optional>

namespace govcat {

// How a jurisdiction writes 信息资源代码 (DOMAIN §2.2): 分类码 (类 1 + 项 2 + 目 3 + 细目) + separator +
// 顺序码. The national profile follows the 1272 guide; a province's variant is another profile,
// not another code path.
struct ResourceCodeProfile
{
    QString name;
    QString separator = QStringLiteral("/");
    int minClassDigits = 6;                           // 类 + 项 + 目; 细目 digits may follow
    int sequenceDigits = 6;                           // 顺序码 is zero-padded to this width
    QString classFirstDigits = QStringLiteral("123"); // 类: 基础, 主题, 部门

    static ResourceCodeProfile national();

    struct Parts
    {
        QString classCode;
        qint64 sequence = 0;
    };
    // The code for a classification and a sequence number; empty when either is not valid here.
    QString format(const QString& classCode, qint64 sequence) const;
    // Splits a code; nullopt when it does not follow this profile.
    std::optional<Parts> parse(const QString& code) const;
    bool isValidClassCode(const QString& classCode) const;
};

} // namespace govcat
