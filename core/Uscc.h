#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace govcat {

// 统一社会信用代码, GB 32100-2015: 18 characters from 0-9 and A-Z without I O S V Z.
//   1      登记管理部门码 (1 机构编制, 5 民政, 9 工商, Y 其他, …)
//   2      机构类别码, valid per 登记管理部门 (11 = 机关, 12 = 事业单位, 91 = 企业, …)
//   3–8    登记管理机关行政区划码 (GB/T 2260, 6 digits)
//   9–17   主体标识码 (the former 组织机构代码, GB 11714)
//   18     校验码: weights 3^(i) mod 31, check = 31 − (Σ mod 31), 31 → 0
enum class UsccError
{
    None,
    Length,                // not exactly 18 characters
    Character,             // a character outside the code alphabet (lower case included)
    RegistrationAuthority, // position 1 is not a 登记管理部门码
    OrganizationCategory,  // position 2 is not a 机构类别码 of that 登记管理部门
    RegionCode,            // positions 3–8 are not six digits
    CheckCharacter,        // position 18 does not match
};

UsccError validateUscc(QStringView code);
inline bool isValidUscc(QStringView code)
{
    return validateUscc(code) == UsccError::None;
}
// The check character for 17 characters of the alphabet; a null QChar for any other input.
QChar usccCheckCharacter(QStringView first17);
// Upper case, spaces and common separators removed: what a user meant to type.
QString normalizeUscc(QStringView input);
// Index 0–30 of a character in the alphabet, -1 if it is not part of it.
int usccCharacterValue(QChar c);

// Chinese names for display, empty when unknown.
QString usccRegistrationAuthorityName(QChar authority);
QString usccOrganizationCategoryName(QChar authority, QChar category);

} // namespace govcat
