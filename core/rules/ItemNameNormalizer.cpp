#include "ItemNameNormalizer.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

namespace govcat {

namespace {

// Obvious variants only; a variant is listed when departments use the words for the same value.
// Deliberately absent: 公司名称 and 单位名称 (narrower/wider than 企业名称), 法人 (could be the legal
// person itself), 电话号码 (not necessarily a contact number), 出生年月 (no day), 证件号码
// (any document, not only the 居民身份证), 信用代码 alone.
struct Synonyms
{
    const char16_t* canonical;
    QList<const char16_t*> variants;
};

const QList<Synonyms>& synonymTable()
{
    static const QList<Synonyms> table = {
        // GB 11643 calls it 公民身份号码; the card is the 居民身份证.
        {u"公民身份号码",
         {u"身份证号", u"身份证号码", u"公民身份证号", u"公民身份证号码", u"居民身份证号", u"居民身份证号码",
          u"公民身份号"}},
        // GB 32100-2015.
        {u"统一社会信用代码", {u"社会信用代码", u"统一信用代码", u"统一社会信用码", u"统一社会信用编码"}},
        {u"法定代表人", {u"法定代表人姓名", u"法人代表", u"法人代表姓名", u"法定代表人名称"}},
        // "单位名称（企业）" compacts to 单位名称企业.
        {u"企业名称", {u"企业名", u"单位名称(企业)", u"企业单位名称"}},
        {u"手机号码", {u"手机号", u"手机", u"移动电话", u"移动电话号码"}},
        {u"联系电话", {u"联系电话号码"}},
        {u"出生日期", {u"出生年月日"}},
        {u"邮政编码", {u"邮编"}},
        {u"电子邮箱",
         {u"电子邮件", u"电子邮件地址", u"电子邮箱地址", u"电子信箱", u"邮箱", u"邮箱地址", u"email",
          u"e-mail"}},
    };
    return table;
}

bool isDropped(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Symbol_Modifier: // ^ ` ¨
        return true;
    default:
        return c == U'~' || c == U'|';
    }
}

// Steps 1–5 of the header: everything except the synonym table.
QString compact(const QString& name)
{
    static const QRegularExpression annotation(
        QStringLiteral("[(\\[【]\\s*(非必填|必填|选填|可选)\\s*[)\\]】]\\s*$"));
    QString text = name.normalized(QString::NormalizationForm_KC).trimmed();
    text.remove(annotation);

    const QList<uint> ucs4 = text.toUcs4();
    QList<char32_t> kept;
    kept.reserve(ucs4.size());
    for (const uint u : ucs4) {
        const char32_t c = u;
        if (!isDropped(c)) {
            kept.append(QChar::toLower(c));
        }
    }
    QString key = QString::fromUcs4(kept.constData(), kept.size());

    const QString field = QStringLiteral("字段");
    if (key.endsWith(field) && key.size() - field.size() >= 2) {
        key.chop(field.size());
    }
    return key;
}

struct Index
{
    QHash<QString, QString> keyOf;     // compacted variant or canonical name → canonical key
    QHash<QString, QString> displayOf; // canonical key → canonical name as written in the table
};

// Built with the same compact() as the input, so the table and the keys never drift apart.
const Index& index()
{
    static const Index built = [] {
        Index ix;
        for (const Synonyms& s : synonymTable()) {
            const QString canonical = QString::fromUtf16(s.canonical);
            const QString key = compact(canonical);
            ix.displayOf.insert(key, canonical);
            ix.keyOf.insert(key, key);
            for (const char16_t* v : s.variants) {
                ix.keyOf.insert(compact(QString::fromUtf16(v)), key);
            }
        }
        return ix;
    }();
    return built;
}

} // namespace

QString ItemNameNormalizer::normalize(const QString& name)
{
    const QString key = compact(name);
    return index().keyOf.value(key, key);
}

bool ItemNameNormalizer::isCanonical(const QString& key)
{
    return index().displayOf.contains(key);
}

QString ItemNameNormalizer::displayName(const QString& key)
{
    // Other keys have lost their punctuation and spacing for good: the key is the best we have.
    return index().displayOf.value(key, key);
}

} // namespace govcat
