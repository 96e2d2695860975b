#include "core/Uscc.h"

#include <QTest>

using namespace govcat;

namespace {

// Codes printed on published business licences. Their validity does not rest on our algorithm
// alone: positions 9–17 are the holder's former 组织机构代码, whose own GB 11714 check digit
// (a different, mod-11 scheme) is verified independently in publishedCodesAreGenuine().
const char16_t* const kPublished[] = {
    u"914403001922038216", // 华为技术有限公司
    u"9144030071526726XG", // 深圳市腾讯计算机系统有限公司
    u"91110108551385082Q", // 小米科技有限责任公司
    u"91350100M000100Y43", // the sample code reprinted in descriptions of GB 32100
};

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// GB 11714-1997 组织机构代码 check digit: weights 3 7 9 10 5 8 4 2, 11 − (Σ mod 11), 10 → X, 11 → 0.
QChar gb11714Check(QStringView body8)
{
    static const int weights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8[i];
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        sum += v * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QLatin1Char('X') : check == 11 ? QLatin1Char('0') : QChar(u'0' + check);
}

} // namespace

class TestUscc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightsArePowersOfThree();
    void publishedCodesAreGenuine();
    void publishedCodesAreValid();
    void computedVectors();
    void everySingleCharacterChangeIsRejected();
    void reasons_data();
    void reasons();
    void checkCharacterRejectsBadInput();
    void normalize();
    void names();
};

// The standard's weights are 3^i mod 31; recomputing them guards the check against a typo.
void TestUscc::weightsArePowersOfThree()
{
    // Place a 1 at position i (all else 0) and derive the weight from the check character.
    for (int i = 0; i < 17; ++i) {
        QString body(17, QLatin1Char('0'));
        body[i] = QLatin1Char('1');
        int power = 1;
        for (int k = 0; k < i; ++k) {
            power = power * 3 % 31;
        }
        const QChar check = usccCheckCharacter(body);
        QCOMPARE(check, kAlphabet.at((31 - power) % 31));
    }
}

void TestUscc::publishedCodesAreGenuine()
{
    for (const char16_t* code : kPublished) {
        const QStringView c(code);
        QCOMPARE(gb11714Check(c.sliced(8, 8)), c[16]);
    }
}

void TestUscc::publishedCodesAreValid()
{
    for (const char16_t* code : kPublished) {
        QCOMPARE(validateUscc(code), UsccError::None);
        QVERIFY(isValidUscc(code));
        QCOMPARE(usccCheckCharacter(QStringView(code).first(17)), QStringView(code)[17]);
    }
}

// Vectors computed by an independent script (not this implementation), covering the edge cases.
void TestUscc::computedVectors()
{
    QCOMPARE(usccCheckCharacter(u"11100000000013127"), QLatin1Char('D')); // a 机关 code
    QCOMPARE(usccCheckCharacter(u"1136100000000000K"), QLatin1Char('0')); // Σ mod 31 = 0 → 31 → 0
    QCOMPARE(usccCheckCharacter(u"1136100000000000X"), QLatin1Char('Y')); // highest value, 30
    QCOMPARE(usccCheckCharacter(u"11361000000000009"), QLatin1Char('1'));
    QVERIFY(isValidUscc(u"11100000000013127D"));
    QVERIFY(isValidUscc(u"1136100000000000K0"));
    QVERIFY(isValidUscc(u"1136100000000000XY"));
}

void TestUscc::everySingleCharacterChangeIsRejected()
{
    const QString chars = kAlphabet + QStringLiteral("IOSVZa0");
    int tried = 0;
    for (const char16_t* raw : kPublished) {
        const QString code = QString::fromUtf16(raw);
        for (qsizetype pos = 0; pos < code.size(); ++pos) {
            for (QChar c : chars) {
                if (c == code.at(pos)) {
                    continue;
                }
                QString changed = code;
                changed[pos] = c;
                QVERIFY2(!isValidUscc(changed), qPrintable(changed));
                ++tried;
            }
        }
    }
    QVERIFY(tried > 4 * 18 * 30);
    // Transposition of two different neighbours, the other common typing error, is caught too.
    const QString code = QString::fromUtf16(kPublished[0]);
    for (qsizetype pos = 0; pos + 1 < code.size(); ++pos) {
        if (code.at(pos) == code.at(pos + 1)) {
            continue;
        }
        QString swapped = code;
        std::swap(swapped[pos], swapped[pos + 1]);
        QVERIFY2(!isValidUscc(swapped), qPrintable(swapped));
    }
}

void TestUscc::reasons_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("error");
    const auto row = [](const char* tag, const QString& code, UsccError e) {
        QTest::newRow(tag) << code << int(e);
    };
    row("valid", QStringLiteral("914403001922038216"), UsccError::None);
    row("empty", QString(), UsccError::Length);
    row("short", QStringLiteral("91440300192203821"), UsccError::Length);
    row("long", QStringLiteral("9144030019220382160"), UsccError::Length);
    row("letter I", QStringLiteral("9144030019220382I6"), UsccError::Character);
    row("letter O", QStringLiteral("91440300O92203821A"), UsccError::Character);
    row("lower case", QStringLiteral("9144030071526726xg"), UsccError::Character);
    row("full width", QStringLiteral("９14403001922038216"), UsccError::Character);
    row("authority", QStringLiteral("B14403001922038216"), UsccError::RegistrationAuthority);
    row("category of 9", QStringLiteral("94440300192203821B"), UsccError::OrganizationCategory);
    row("category of 1", QStringLiteral("15440300192203821B"), UsccError::OrganizationCategory);
    row("region letter", QStringLiteral("9144A3001922038216"), UsccError::RegionCode);
    row("check", QStringLiteral("914403001922038217"), UsccError::CheckCharacter);
}

void TestUscc::reasons()
{
    QFETCH(QString, code);
    QFETCH(int, error);
    QCOMPARE(int(validateUscc(code)), error);
}

void TestUscc::checkCharacterRejectsBadInput()
{
    QVERIFY(usccCheckCharacter(u"").isNull());
    QVERIFY(usccCheckCharacter(u"9144030019220382").isNull());   // 16
    QVERIFY(usccCheckCharacter(u"914403001922038216").isNull()); // 18
    QVERIFY(usccCheckCharacter(u"91440300192203I21").isNull());
    QCOMPARE(usccCharacterValue(QLatin1Char('Y')), 30);
    QCOMPARE(usccCharacterValue(QLatin1Char('P')), 23); // I and O are skipped
    QCOMPARE(usccCharacterValue(QLatin1Char('S')), -1);
    QCOMPARE(usccCharacterValue(QLatin1Char('z')), -1);
}

void TestUscc::normalize()
{
    QCOMPARE(normalizeUscc(u" 9144 0300 7152 6726 xg "), QStringLiteral("9144030071526726XG"));
    QCOMPARE(normalizeUscc(u"９１４４０３００１９２２０３８２１６"), QStringLiteral("914403001922038216"));
    QVERIFY(isValidUscc(normalizeUscc(u"91110108-551385082q")));
}

void TestUscc::names()
{
    QCOMPARE(usccRegistrationAuthorityName(QLatin1Char('1')), QStringLiteral("机构编制"));
    QCOMPARE(usccOrganizationCategoryName(QLatin1Char('1'), QLatin1Char('1')), QStringLiteral("机关"));
    QCOMPARE(usccOrganizationCategoryName(QLatin1Char('9'), QLatin1Char('2')), QStringLiteral("个体工商户"));
    QVERIFY(usccRegistrationAuthorityName(QLatin1Char('B')).isEmpty());
    QVERIFY(usccOrganizationCategoryName(QLatin1Char('9'), QLatin1Char('9')).isEmpty());
}

QTEST_APPLESS_MAIN(TestUscc)
#include "tst_uscc.moc"
