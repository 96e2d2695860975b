#pragma once

#include <QString>

namespace govcat {

// Keys for 信息项 names in the 一数一源 report: two departments that provide "身份证号码" and
// "居民身份证号码" should land on the same row. normalize() works in this order:
//   1. NFKC, so full-width letters, digits and brackets become their ASCII forms;
//   2. a bracketed template annotation at the end is dropped: （必填）, (选填), 【非必填】, [可选];
//   3. every whitespace, punctuation (ASCII and CJK: （）【】、，：；·《》“” …), control and format
//      character is dropped, and so are the separators ~ | ^ `;
//   4. letters are lower-cased (E-mail → email);
//   5. a trailing 字段 is dropped when at least two characters remain (联系电话字段 → 联系电话).
//      Nothing else is stripped: 信息, 号, 名, units such as （元）/（万元） and words such as
//      代码/编码 can change what an item means;
//   6. a small synonym table maps obvious variants to one canonical name (see the .cpp).
// Names the table does not know keep their compacted form, so 企业名称, 单位名称, 法定代表人,
// 联系电话 and 手机号码 remain distinct items.
class ItemNameNormalizer
{
public:
    // The canonical key; empty when the name has nothing but punctuation and spaces.
    static QString normalize(const QString& name);
    // A name to show for a key: the canonical name for a key of the synonym table, otherwise the
    // key itself (callers that kept the original spellings may prefer the most frequent one).
    static QString displayName(const QString& key);
    // Whether the key is one of the synonym table's canonical names.
    static bool isCanonical(const QString& key);
};

} // namespace govcat
