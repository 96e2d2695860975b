#include "SearchText.h"

#include <QRegularExpression>

namespace govcat::search {

namespace {

enum class CharKind
{
    Han,
    Word,
    Separator
};

CharKind kindOf(char32_t c)
{
    if (QChar::script(c) == QChar::Script_Han) {
        return CharKind::Han;
    }
    return QChar::isLetterOrNumber(c) ? CharKind::Word : CharKind::Separator;
}

struct Run
{
    CharKind kind;
    QList<char32_t> chars;
};

// Splits text into runs of Han characters and of letters/digits; separators end a run.
QList<Run> runsOf(const QString& text)
{
    QList<Run> runs;
    const QList<uint> ucs4 = text.normalized(QString::NormalizationForm_KC).toUcs4();
    for (const uint u : ucs4) {
        const char32_t c = u;
        const CharKind kind = kindOf(c);
        if (kind == CharKind::Separator) {
            if (!runs.isEmpty() && runs.constLast().kind != CharKind::Separator) {
                runs.append({CharKind::Separator, {}});
            }
            continue;
        }
        if (runs.isEmpty() || runs.constLast().kind != kind) {
            runs.append({kind, {}});
        }
        runs.last().chars.append(QChar::toLower(c));
    }
    runs.removeIf([](const Run& r) { return r.kind == CharKind::Separator; });
    return runs;
}

// Calls emit(first, count) for each token of one run (characters of run.chars); `complete` adds the
// trailing single character of a Han run.
template <typename Emit> void forEachToken(const Run& run, bool complete, Emit emit)
{
    const char32_t* chars = run.chars.constData();
    const qsizetype n = run.chars.size();
    if (run.kind == CharKind::Word) {
        emit(chars, n);
        return;
    }
    for (qsizetype i = 0; i + 1 < n; ++i) {
        emit(chars + i, 2);
    }
    if (complete || n == 1) {
        emit(chars + n - 1, 1);
    }
}

void appendTokens(const Run& run, bool complete, QStringList& out)
{
    forEachToken(run, complete,
                 [&out](const char32_t* first, qsizetype count) { out << QString::fromUcs4(first, count); });
}

// The tokens of one query term: runs before the last are complete (their positions must line up
// with the indexed text); the last run ends in a prefix.
QStringList termTokens(const QString& term)
{
    const QList<Run> runs = runsOf(term);
    QStringList tokens;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const bool last = i + 1 == runs.size();
        appendTokens(runs.at(i), !last, tokens);
        if (last && (runs.at(i).kind == CharKind::Word || runs.at(i).chars.size() == 1)) {
            tokens.last() += u'*';
        }
    }
    return tokens;
}

QStringList termsOf(const QString& userText)
{
    return userText.split(QRegularExpression(QStringLiteral("[\\s\\x{3000}]+")), Qt::SkipEmptyParts);
}

} // namespace

QString indexText(const QString& text)
{
    // Written straight into one string: a QString per token showed in profiles of an import, which
    // indexes ten thousand resources in one go.
    QString out;
    out.reserve(3 * text.size());
    for (const Run& run : runsOf(text)) {
        forEachToken(run, true, [&out](const char32_t* first, qsizetype count) {
            if (!out.isEmpty()) {
                out += u' ';
            }
            for (qsizetype i = 0; i < count; ++i) {
                const char32_t c = first[i];
                if (QChar::requiresSurrogates(c)) {
                    out += QChar(QChar::highSurrogate(c));
                    out += QChar(QChar::lowSurrogate(c));
                } else {
                    out += QChar(char16_t(c));
                }
            }
        });
    }
    return out;
}

QString matchExpression(const QString& userText)
{
    QStringList phrases;
    for (const QString& term : termsOf(userText)) {
        const QStringList tokens = termTokens(term);
        if (!tokens.isEmpty()) {
            phrases << u'"' + tokens.join(u' ') + u'"';
        }
    }
    return phrases.join(u' ');
}

int matchTokenCount(const QString& userText)
{
    int n = 0;
    for (const QString& term : termsOf(userText)) {
        n += int(termTokens(term).size());
    }
    return n;
}

} // namespace govcat::search
