#include "EditorFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace govcat::ui {

namespace {

template <QString ResourceDraft::*Member> QString getMember(const ResourceDraft& d)
{
    return d.*Member;
}
template <QString ResourceDraft::*Member> void setMember(ResourceDraft& d, const QString& value)
{
    d.*Member = value;
}
template <SurveyFigure Figure> QString getSurvey(const ResourceDraft& d)
{
    return d.survey.at(std::size_t(Figure));
}
template <SurveyFigure Figure> void setSurvey(ResourceDraft& d, const QString& value)
{
    d.survey.at(std::size_t(Figure)) = value;
}
QString getRelated(const ResourceDraft& d)
{
    return joinRelatedCodes(d.relatedCodes);
}
void setRelated(ResourceDraft& d, const QString& value)
{
    d.relatedCodes = parseRelatedCodes(value);
}

template <QString ResourceDraft::*Member>
EditorField text(const char* column, const char* objectName, const char* label)
{
    return {QLatin1String(column), QLatin1String(objectName), label, &getMember<Member>, &setMember<Member>};
}
template <SurveyFigure Figure>
EditorField survey(const char* column, const char* objectName, const char* label)
{
    return {QLatin1String(column), QLatin1String(objectName), label, &getSurvey<Figure>, &setSurvey<Figure>};
}

} // namespace

const QList<EditorField>& editorFields()
{
    using R = ResourceDraft;
    using F = SurveyFigure;
    static const QList<EditorField> fields = {
        text<&R::name>("name", "nameEdit", QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "信息资源名称")),
        text<&R::classificationId>("classification_id", "classificationCombo",
                                   QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "信息资源分类")),
        text<&R::classificationCode>("classification_code", "",
                                     QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "信息资源分类")),
        text<&R::internalUnit>("provider_internal_unit", "internalUnitEdit",
                               QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "下设机构/内部部门")),
        text<&R::abstract>("abstract", "abstractEdit",
                           QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "信息资源摘要")),
        text<&R::isSecret>("is_secret", "isSecretCombo",
                           QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "涉密属性")),
        text<&R::level>("level", "levelCombo", QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "层级属性")),
        text<&R::businessItems>("business_items", "businessItemsEdit",
                                QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "关联业务事项")),
        {QStringLiteral("related_codes"), QStringLiteral("relatedCodesEdit"),
         QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "关联资源代码"), &getRelated, &setRelated},
        text<&R::formatCategory>("format_category", "formatCategoryCombo",
                                 QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "格式分类")),
        text<&R::formatType>("format_type", "formatTypeCombo",
                             QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "格式类型")),
        text<&R::formatOtherDesc>("format_other_desc", "formatOtherDescEdit",
                                  QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "其他类型资源格式描述")),
        text<&R::shareType>("share_type", "shareTypeCombo",
                            QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "共享类型")),
        text<&R::shareCondition>("share_condition", "shareConditionEdit",
                                 QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "共享条件")),
        text<&R::noShareBasisId>("no_share_basis_id", "noShareBasisCombo",
                                 QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "不予共享依据")),
        text<&R::shareMethodCategory>("share_method_category", "shareMethodCategoryCombo",
                                      QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "共享方式分类")),
        text<&R::shareMethodType>("share_method_type", "shareMethodTypeCombo",
                                  QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "共享方式类型")),
        text<&R::openToPublic>("open_to_public", "openToPublicCombo",
                               QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "是否向社会开放")),
        text<&R::openType>("open_type", "openTypeCombo",
                           QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "开放类型")),
        text<&R::openCondition>("open_condition", "openConditionEdit",
                                QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "开放条件")),
        text<&R::updateCycle>("update_cycle", "updateCycleCombo",
                              QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "更新周期")),
        text<&R::updateCycleOther>("update_cycle_other", "updateCycleOtherEdit",
                                   QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "其他更新周期")),
        text<&R::publishDate>("publish_date", "publishDateEdit",
                              QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "发布日期")),
        survey<F::StorageTotalGb>("storage_total_gb", "storageTotalGbEdit",
                                  QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "数据存储总量(G)")),
        survey<F::RecordsTotal10k>("records_total_10k", "recordsTotal10kEdit",
                                   QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "结构化信息记录总数(万条)")),
        survey<F::SharedStorageGb>("shared_storage_gb", "sharedStorageGbEdit",
                                   QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "已共享的数据存储量(G)")),
        survey<F::SharedRecords10k>(
            "shared_records_10k", "sharedRecords10kEdit",
            QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "已共享结构化记录数(万条)")),
        survey<F::OpenedStorageGb>("opened_storage_gb", "openedStorageGbEdit",
                                   QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "已开放的数据存储量(G)")),
        survey<F::OpenedRecords10k>(
            "opened_records_10k", "openedRecords10kEdit",
            QT_TRANSLATE_NOOP("govcat::ui::EditorFields", "已开放结构化记录数(万条)")),
    };
    return fields;
}

QString EditorField::displayLabel() const
{
    return QCoreApplication::translate("govcat::ui::EditorFields", label);
}

const EditorField* editorField(const QString& column)
{
    for (const EditorField& f : editorFields()) {
        if (f.column == column) {
            return &f;
        }
    }
    return nullptr;
}

QString widgetNameForColumn(const QString& column)
{
    static const QHash<QString, QString> others = {
        {QStringLiteral("classification_code"), QStringLiteral("classificationCombo")},
        {QStringLiteral("code"), QStringLiteral("codeEdit")},
        {QStringLiteral("provider_dept_id"), QStringLiteral("providerNameEdit")},
        {QStringLiteral("provider_name"), QStringLiteral("providerNameEdit")},
        {QStringLiteral("provider_code"), QStringLiteral("providerCodeEdit")},
        {QStringLiteral("internal_unit"), QStringLiteral("internalUnitEdit")},
        {QStringLiteral("related_code"), QStringLiteral("relatedCodesEdit")},
        {QStringLiteral("items"), QStringLiteral("itemTable")},
        {QStringLiteral("mount_status"), QStringLiteral("mountStatusEdit")},
    };
    if (const auto it = others.constFind(column); it != others.cend()) {
        return *it;
    }
    const EditorField* f = editorField(column);
    return f ? f->objectName : QString();
}

QStringList parseRelatedCodes(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString joinRelatedCodes(const QStringList& codes)
{
    return codes.join(QStringLiteral("、"));
}

} // namespace govcat::ui
