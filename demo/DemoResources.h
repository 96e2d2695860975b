#pragma once

#include "DemoHistory.h"
#include "DemoPlan.h"
#include "core/Result.h"

#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace govcat::db {
class BaselineWriter;
} // namespace govcat::db

namespace govcat::demo {

// Writes one catalog entry at a time — info_resource, its info_item rows, its review history,
// sometimes a resource_survey and a resource_relation — reusing its row maps so that nothing accumulates.
class ResourceFactory
{
public:
    // today: the day the city is made (waiting resources were submitted in the weeks before it);
    // withOpenType: the schema has info_resource.open_type (v6; tests make older schemas too).
    ResourceFactory(CityPlan& plan, const QStringList& legalBasisIds, DemoRandom& rng, DemoIds& ids,
                    db::BaselineWriter& writer, const QDate& today, bool withOpenType);

    // The k-th resource of a department (k counts from 0). Returns the number of items written.
    Result<int> write(PlannedDepartment& dept, int k);

private:
    struct Choice
    {
        const ResourceTemplate* tmpl;
        QString variant;
        QString scope; // a 区县 or empty (citywide)
        int year;      // 0: none
        int batch;     // 0: first use of the combination
    };
    Choice choose(const PlannedDepartment& dept, int k) const;
    QString resourceName(const Choice& c) const;
    QString abstractText(const PlannedDepartment& dept, const Choice& c, const QString& name,
                         const QStringList& itemNames);
    void fillShareAndFormat(const PlannedDepartment& dept, const ResourceTemplate& t);
    void fillStatusAndDates(int year);
    QStringList chooseItems(const ResourceTemplate& t);
    Result<int> writeItems(const PlannedDepartment& dept);
    Result<void> writeSurvey(const PlannedDepartment& dept);
    Result<void> writeRelation(const PlannedDepartment& dept, const QString& code, const QString& kind);

    CityPlan& m_plan;
    QStringList m_legalBasisIds;
    DemoRandom& m_rng;
    DemoIds& m_ids;
    db::BaselineWriter& m_writer;
    HistoryWriter m_history;
    QVariantMap m_resource;
    QVariantMap m_item;
    QVariantMap m_survey;
    QVariantMap m_relation;
    std::vector<const ItemDef*> m_chosen;
    QString m_resourceId;
    int m_shareType = 0; // index into the ShareType list
    bool m_open = false;
    bool m_withOpenType = true;
};

} // namespace govcat::demo
