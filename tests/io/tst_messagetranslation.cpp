// Messages of core/ and io/ and code-list values come out in English through the translator the
// app installs for `--lang en` (the built govcat_en.qm), with their arguments substituted; without
// a translator they stay the Chinese source text.
#include "core/CodeDisplay.h"
#include "core/rules/CatalogRules.h"
#include "core/rules/Lifecycle.h"
#include "io/report/XlsxWriterErrors.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace govcat;

namespace {
QString ruleMessage(const QList<Finding>& findings, const QString& rule)
{
    for (const Finding& f : findings) {
        if (f.ruleId == rule) {
            return f.message;
        }
    }
    return {};
}

ResourceDraft conditionalWithoutCondition()
{
    ResourceDraft d;
    d.shareType = canonicalName(ShareType::Conditional);
    d.updateCycle = QStringLiteral("每十年");
    return d;
}
} // namespace

class TestMessageTranslation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chineseWithoutTranslator();
    void englishWithTheAppsTranslator();
    void cleanup();

private:
    void installEnglish();
    QTranslator* m_translator = nullptr;
};

void TestMessageTranslation::installEnglish()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_translator = new QTranslator(this);
    QVERIFY2(m_translator->load(QStringLiteral(GOVCAT_EN_QM)), GOVCAT_EN_QM);
    QVERIFY(QCoreApplication::installTranslator(m_translator));
}

void TestMessageTranslation::cleanup()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

void TestMessageTranslation::chineseWithoutTranslator()
{
    const auto findings = CatalogRules::check(conditionalWithoutCondition());
    QVERIFY(
        ruleMessage(findings, QStringLiteral("R03")).startsWith(QStringLiteral("有条件共享须写明共享条件")));
    QCOMPARE(displayValue(CodeListId::ShareType, canonicalName(ShareType::Conditional)),
             QStringLiteral("有条件共享"));
    QCOMPARE(io::xlsxWriterProblem(9999), QStringLiteral("写入工作簿时出错（错误代码 9999）。"));
}

void TestMessageTranslation::englishWithTheAppsTranslator()
{
    installEnglish();

    // Rule texts, with code-list values and labels in English.
    const auto findings = CatalogRules::check(conditionalWithoutCondition());
    QCOMPARE(ruleMessage(findings, QStringLiteral("R03")),
             QStringLiteral("Conditional sharing needs a share condition (with which departments, for what "
                            "purpose, in what way)."));
    const QString r13 = ruleMessage(findings, QStringLiteral("R13"));
    QVERIFY2(
        r13.startsWith(QStringLiteral("The value \"每十年\" of \"Update cycle\" is not in the code list; "
                                      "choose one from the drop-down list: Real time, Daily, Weekly")),
        qPrintable(r13));
    const QList<std::pair<QString, QString>> catalogue = CatalogRules::catalogue();
    QCOMPARE(catalogue.constFirst().second, QStringLiteral("Required fields are filled in"));

    // Lifecycle refusals: the action and the status as arguments, both in English.
    QCOMPARE(refusalReason({Role::CatalogEditor, QStringLiteral("a")}, CatalogAction::Edit,
                           QStringLiteral("b"), ResourceStatus::Draft),
             QStringLiteral("\"Edit\" is allowed only on your own department's resources."));
    QCOMPARE(refusalReason({Role::Reviewer, QStringLiteral("a")}, CatalogAction::Approve, QStringLiteral("a"),
                           ResourceStatus::Draft),
             QStringLiteral("\"Approve\" is not possible for a resource with status \"Draft\"."));
    // The audit keeps the Chinese action name whatever the UI language.
    QCOMPARE(actionName(CatalogAction::Approve), QStringLiteral("审核通过"));

    // An io message with its argument.
    QCOMPARE(io::xlsxWriterProblem(9999), QStringLiteral("Writing the workbook failed (error code 9999)."));

    // Code-list values: the English name from the code list, the stored value unchanged.
    QCOMPARE(displayValue(CodeListId::ShareType, canonicalName(ShareType::Conditional)),
             QStringLiteral("Conditional sharing"));
    QCOMPARE(displayValue(CodeListId::DataType, QStringLiteral("C")), QStringLiteral("Character"));
    QCOMPARE(displayValue(CodeListId::UpdateCycle, QStringLiteral("半年")), QStringLiteral("Half-yearly"));
    QCOMPARE(displayValue(CodeListId::UpdateCycle, QStringLiteral("不在表中")), QStringLiteral("不在表中"));
    QCOMPARE(codeDisplayName(ResourceStatus::Published), QStringLiteral("Published"));
    QCOMPARE(displayTitle(CodeListId::SecretAttribute), QStringLiteral("Classification"));
    QCOMPARE(storedValue(ShareType::Conditional), QStringLiteral("有条件共享"));
}

QTEST_GUILESS_MAIN(TestMessageTranslation)
#include "tst_messagetranslation.moc"
