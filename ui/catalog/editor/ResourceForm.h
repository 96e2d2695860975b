#pragma once

#include "core/CodeLists.h"
#include "core/rules/CatalogRules.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <array>
#include <utility>

class QComboBox;
class QGridLayout;
class QLineEdit;
class QPlainTextEdit;

namespace govcat::ui {

// The input widgets of a resource, in sections (基本信息, 格式, 共享, 开放, 更新, 大普查), named as
// EditorFields says. It only builds and marks widgets; ResourceEditor moves values in and out.
class ResourceForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceForm(QWidget* parent = nullptr);

    // Shows or hides a field together with its label.
    static void setFieldVisible(QWidget* field, bool visible);
    // Choice lists: (label, stored value) pairs after an empty "请选择" entry.
    static void fillCombo(QComboBox* combo, const QList<std::pair<QString, QString>>& entries,
                          const QString& placeholder);
    static QList<std::pair<QString, QString>> codeEntries(CodeListId list); // shown name, stored value
    // Selects the entry holding `value`; a value not in the list is added so that it stays visible.
    static void setComboValue(QComboBox* combo, const QString& value);
    static QString comboValue(const QComboBox* combo);

    // Marks the widgets named by findings: dynamic property "finding" = "error"/"warning", a red or
    // orange frame, and the messages as tooltip. Widgets without a finding lose their mark.
    void markFindings(const QList<Finding>& findings, QWidget* itemTable);
    void setReadOnly(bool readOnly);

    QLineEdit* name;
    QComboBox* classification; // a ClassificationCombo: its popup is a searchable tree
    QLineEdit* code;
    QLineEdit* providerName;
    QLineEdit* providerCode;
    QLineEdit* internalUnit;
    QPlainTextEdit* abstract;
    QComboBox* isSecret;
    QComboBox* level;
    QLineEdit* mountStatus; // read only: the sharing platform sets it
    QPlainTextEdit* businessItems;
    QLineEdit* relatedCodes;
    QComboBox* formatCategory;
    QComboBox* formatType;
    QLineEdit* formatOtherDesc;
    QComboBox* shareType;
    QLineEdit* shareCondition;
    QComboBox* noShareBasis;
    QComboBox* shareMethodCategory;
    QComboBox* shareMethodType;
    QComboBox* openToPublic;
    QComboBox* openType;
    QLineEdit* openCondition;
    QComboBox* updateCycle;
    QLineEdit* updateCycleOther;
    QLineEdit* publishDate;
    std::array<QLineEdit*, std::size_t(SurveyFigure::Count)> survey;

private:
    QWidget* buildBasic();
    QWidget* buildFormat();
    QWidget* buildShare();
    QWidget* buildOpen();
    QWidget* buildUpdate();
    QWidget* buildSurvey();

    QList<QWidget*> m_marked;
};

} // namespace govcat::ui
