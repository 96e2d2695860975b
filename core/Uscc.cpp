#include "Uscc.h"

#include <array>

namespace govcat {

namespace {

constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kRadix = 31;
constexpr int kLength = 18;
constexpr std::array<int, kLength - 1> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                   29, 25, 13, 8,  24, 10, 30, 28};

struct Category
{
    char16_t authority;
    char16_t category; // u'\0' for the authority's own row
    const char* name;
};

// GB 32100-2015 table of 登记管理部门码 and 机构类别码 (with the later A and N authorities).
constexpr Category kCategories[] = {
    {u'1', 0, "机构编制"},
    {u'1', u'1', "机关"},
    {u'1', u'2', "事业单位"},
    {u'1', u'3', "中央编办直接管理机构编制的群众团体"},
    {u'1', u'9', "其他"},
    {u'2', 0, "外交"},
    {u'2', u'1', "外国常驻新闻机构"},
    {u'2', u'9', "其他"},
    {u'3', 0, "司法行政"},
    {u'3', u'1', "律师执业机构"},
    {u'3', u'2', "公证处"},
    {u'3', u'3', "基层法律服务所"},
    {u'3', u'4', "司法鉴定机构"},
    {u'3', u'5', "仲裁委员会"},
    {u'3', u'9', "其他"},
    {u'4', 0, "文化"},
    {u'4', u'1', "外国在华文化中心"},
    {u'4', u'9', "其他"},
    {u'5', 0, "民政"},
    {u'5', u'1', "社会团体"},
    {u'5', u'2', "民办非企业单位"},
    {u'5', u'3', "基金会"},
    {u'5', u'9', "其他"},
    {u'6', 0, "旅游"},
    {u'6', u'1', "外国旅游部门常驻代表机构"},
    {u'6', u'2', "港澳台地区旅游部门常驻内地（大陆）代表机构"},
    {u'6', u'9', "其他"},
    {u'7', 0, "宗教"},
    {u'7', u'1', "宗教活动场所"},
    {u'7', u'2', "宗教院校"},
    {u'7', u'9', "其他"},
    {u'8', 0, "工会"},
    {u'8', u'1', "基层工会"},
    {u'8', u'9', "其他"},
    {u'9', 0, "工商"},
    {u'9', u'1', "企业"},
    {u'9', u'2', "个体工商户"},
    {u'9', u'3', "农民专业合作社"},
    {u'A', 0, "中央军委改革和编制办公室"},
    {u'A', u'1', "军队事业单位"},
    {u'A', u'9', "其他"},
    {u'N', 0, "农业"},
    {u'N', u'1', "组级集体经济组织"},
    {u'N', u'2', "村级集体经济组织"},
    {u'N', u'3', "乡镇级集体经济组织"},
    {u'N', u'9', "其他"},
    {u'Y', 0, "其他"},
    {u'Y', u'1', "其他"},
};

const Category* findCategory(QChar authority, char16_t category)
{
    for (const Category& c : kCategories) {
        if (c.authority == authority.unicode() && c.category == category) {
            return &c;
        }
    }
    return nullptr;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

int usccCharacterValue(QChar c)
{
    for (int i = 0; i < kRadix; ++i) {
        if (kAlphabet[i] == c.unicode()) {
            return i;
        }
    }
    return -1;
}

QChar usccCheckCharacter(QStringView first17)
{
    if (first17.size() != kLength - 1) {
        return {};
    }
    int sum = 0;
    for (int i = 0; i < kLength - 1; ++i) {
        const int value = usccCharacterValue(first17[i]);
        if (value < 0) {
            return {};
        }
        sum += value * kWeights[size_t(i)];
    }
    return QChar(kAlphabet[(kRadix - sum % kRadix) % kRadix]);
}

UsccError validateUscc(QStringView code)
{
    if (code.size() != kLength) {
        return UsccError::Length;
    }
    for (QChar c : code) {
        if (usccCharacterValue(c) < 0) {
            return UsccError::Character;
        }
    }
    if (!findCategory(code[0], 0)) {
        return UsccError::RegistrationAuthority;
    }
    if (!findCategory(code[0], code[1].unicode())) {
        return UsccError::OrganizationCategory;
    }
    for (int i = 2; i < 8; ++i) {
        if (!isDigit(code[i])) {
            return UsccError::RegionCode;
        }
    }
    if (usccCheckCharacter(code.first(kLength - 1)) != code[kLength - 1]) {
        return UsccError::CheckCharacter;
    }
    return UsccError::None;
}

QString normalizeUscc(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (c.isSpace() || c == u'-' || c == u'_') {
            continue;
        }
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) { // full-width ASCII from Chinese IMEs
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        }
        out.append(c.toUpper());
    }
    return out;
}

QString usccRegistrationAuthorityName(QChar authority)
{
    const Category* c = findCategory(authority, 0);
    return c ? QString::fromUtf8(c->name) : QString();
}

QString usccOrganizationCategoryName(QChar authority, QChar category)
{
    const Category* c = category.isNull() ? nullptr : findCategory(authority, category.unicode());
    return c ? QString::fromUtf8(c->name) : QString();
}

} // namespace govcat
