#include "DemoResources.h"

#include "db/BaselineWriter.h"

#include <QDate>
#include <QDateTime>

namespace govcat::demo {

namespace {

const QDate kLastDate(2025, 10, 31); // the demo catalog is "as of" this day
constexpr int kYears = 15;           // name qualifiers: none, then 2024 back to 2011
constexpr int kSurveyPerMille = 300;

QString isoDateTime(const QDate& date, int minuteOfDay)
{
    return QDateTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60), Qt::UTC).toString(Qt::ISODateWithMs);
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Weighted format types per category; names are entries of the FormatType code list.
struct TypeChoice
{
    const char* name;
    int weight;
};

QString pickFormatType(FormatCategory category, DemoRandom& rng)
{
    static const TypeChoice database[] = {{"达梦", 25},  {"KingbaseES", 20}, {"Oracle", 20},
                                          {"MySQL", 15}, {"SQL Server", 8},  {"PostgreSQL", 6},
                                          {"DB2", 2},    {"Access", 2},      {"dbf", 2}};
    static const TypeChoice sheet[] = {{"xlsx", 60}, {"xls", 20}, {"et", 10}, {"csv", 10}};
    static const TypeChoice document[] = {{"pdf", 40}, {"OFD", 20}, {"docx", 20}, {"doc", 5},
                                          {"wps", 5},  {"html", 5}, {"xml", 5}};
    static const TypeChoice image[] = {{"jpg", 40}, {"png", 30}, {"tif", 20}, {"bmp", 5}, {"gif", 5}};
    static const TypeChoice media[] = {{"mp4", 60}, {"mpg", 30}, {"rm", 5}, {"swf", 5}};
    static const TypeChoice service[] = {{"RESTful", 80}, {"WebService", 20}};
    const auto pick = [&rng](const auto& choices) {
        int total = 0;
        for (const TypeChoice& c : choices) {
            total += c.weight;
        }
        int r = rng.below(total);
        for (const TypeChoice& c : choices) {
            if (r < c.weight) {
                return QString::fromUtf8(c.name);
            }
            r -= c.weight;
        }
        return QString();
    };
    switch (category) {
    case FormatCategory::Database:
        return pick(database);
    case FormatCategory::Spreadsheet:
        return pick(sheet);
    case FormatCategory::ElectronicFile:
        return pick(document);
    case FormatCategory::Image:
        return pick(image);
    case FormatCategory::Streaming:
        return pick(media);
    case FormatCategory::Service:
        return pick(service);
    case FormatCategory::SelfDescribing:
    case FormatCategory::Other:
        break;
    }
    return QString();
}

FormatCategory pickCategory(FormatHint hint, DemoRandom& rng)
{
    using FC = FormatCategory;
    if (rng.perMille(8)) {
        return rng.perMille(500) ? FC::SelfDescribing : FC::Other;
    }
    switch (hint) {
    case FormatHint::Database:
        return rng.perMille(900) ? FC::Database : FC::Service;
    case FormatHint::Sheet:
        return rng.perMille(880) ? FC::Spreadsheet : FC::ElectronicFile;
    case FormatHint::Document:
        return rng.perMille(900) ? FC::ElectronicFile : FC::Spreadsheet;
    case FormatHint::Image:
        return rng.perMille(700) ? FC::Image : FC::Database;
    case FormatHint::Media:
        return FC::Streaming;
    case FormatHint::Api:
        return rng.perMille(700) ? FC::Service : FC::Database;
    }
    return FC::Database;
}

} // namespace

ResourceFactory::ResourceFactory(CityPlan& plan, const QStringList& legalBasisIds, DemoRandom& rng,
                                 DemoIds& ids, db::BaselineWriter& writer, const QDate& today,
                                 bool withOpenType)
    : m_plan(plan), m_legalBasisIds(legalBasisIds), m_rng(rng), m_ids(ids), m_writer(writer),
      m_history(plan, rng, ids, writer, today), m_withOpenType(withOpenType)
{}

ResourceFactory::Choice ResourceFactory::choose(const PlannedDepartment& dept, int k) const
{
    int total = 0;
    for (const ResourceTemplate& t : dept.def->templates) {
        total += int(t.variants.size());
    }
    // Walk every template/variant plainly first, then with years, then per 区县 and 乡镇 with years.
    int tv = (k + dept.firstVariant) % total;
    const int rest = k / total;
    Choice c{};
    for (const ResourceTemplate& t : dept.def->templates) {
        if (tv < t.variants.size()) {
            c.tmpl = &t;
            c.variant = t.variants.at(tv);
            break;
        }
        tv -= int(t.variants.size());
    }
    const int yearIndex = rest % kYears;
    c.year = yearIndex == 0 ? 0 : 2025 - yearIndex;
    // Scopes: the whole city, then each 区县, then each 乡镇/街道.
    const int scopes = int(1 + districts().size() + townships().size());
    const int scopeIndex = rest / kYears % scopes;
    c.scope = scopeIndex == 0                    ? QString()
              : scopeIndex <= districts().size() ? districts().at(scopeIndex - 1)
                                                 : townships().at(scopeIndex - 1 - districts().size());
    c.batch = rest / (kYears * scopes);
    return c;
}

QString ResourceFactory::resourceName(const Choice& c) const
{
    QString name = c.scope;
    if (c.year) {
        name += QString::number(c.year) + QStringLiteral("年度");
    }
    name += c.variant + c.tmpl->stem;
    if (c.batch) {
        name += QStringLiteral("（第%1批）").arg(c.batch + 1);
    }
    return name;
}

QString ResourceFactory::abstractText(const PlannedDepartment& dept, const Choice& c, const QString& name,
                                      const QStringList& itemNames)
{
    const QString subject = c.scope.isEmpty() && !c.year ? QStringLiteral("全市") + name : name;
    QString text = dept.name + m_rng.pick(collectPhrases()) + QStringLiteral("的") + subject;
    text += QStringLiteral("，包括") + itemNames.mid(0, 3).join(QStringLiteral("、"));
    text +=
        itemNames.size() > 3 ? QStringLiteral("等%1个信息项。").arg(itemNames.size()) : QStringLiteral("。");
    if (m_rng.perMille(700)) {
        const QStringList& scenes = dept.def->scenes;
        const QString first = m_rng.pick(scenes);
        const QString second = m_rng.pick(scenes);
        text += first == second ? QStringLiteral("主要用于%1工作。").arg(first)
                                : QStringLiteral("可为%1、%2等工作提供数据支撑。").arg(first, second);
    }
    return text;
}

void ResourceFactory::fillShareAndFormat(const PlannedDepartment& dept, const ResourceTemplate& t)
{
    static const int shareWeights[4][3] = {{850, 150, 0}, {600, 370, 30}, {100, 850, 50}, {50, 700, 250}};
    const int* w = shareWeights[int(t.sensitivity)];
    m_shareType = m_rng.weighted({w[0], w[1], w[2]});
    const auto share = ShareType(m_shareType);
    m_resource[QStringLiteral("share_type")] = storedValue(share);
    QString condition;
    QVariant basis;
    bool secret = false;
    if (share == ShareType::Conditional) {
        condition = m_rng.pick(shareConditions());
        if (condition.contains(QLatin1String("%1"))) {
            condition = condition.arg(m_rng.pick(dept.def->scenes));
        }
    } else if (share == ShareType::NotShared) {
        // 0 保密法, 1 数据安全法, 2 个人信息保护法, 3 统计法, 4 居民身份证法 (5 the 条例 and 6 51号 say
        // what may not be shared only by pointing at laws, so they are never the basis themselves).
        int b = m_rng.weighted({55, 45});
        if (t.sensitivity == Sensitivity::Personal) {
            b = m_rng.perMille(700) ? 2 : 4;
        } else if (t.items->key == QStringLiteral("statistics") ||
                   t.items->key == QStringLiteral("enterprise")) {
            b = m_rng.perMille(500) ? 3 : b;
        }
        // Catalogs compiled before the 条例 (2025-08-01) often cited 51号 itself; under today's rule a
        // reviewer must have these corrected (R04 in 目录质量).
        const QString published = m_resource.value(QStringLiteral("publish_date")).toString();
        if (!published.isEmpty() && published < QLatin1String("2025-08-01") && m_rng.perMille(250)) {
            b = 6;
        }
        basis = m_legalBasisIds.at(b);
        secret = b == 0 && m_rng.perMille(300);
    }
    m_resource[QStringLiteral("share_condition")] = orNull(condition);
    m_resource[QStringLiteral("no_share_basis_id")] = basis;
    m_resource[QStringLiteral("is_secret")] =
        storedValue(secret ? SecretAttribute::Secret : SecretAttribute::NonSecret);

    const FormatCategory category = pickCategory(t.format, m_rng);
    m_resource[QStringLiteral("format_category")] = storedValue(category);
    m_resource[QStringLiteral("format_type")] = orNull(pickFormatType(category, m_rng));
    m_resource[QStringLiteral("format_other_desc")] =
        category == FormatCategory::SelfDescribing ? QVariant(m_rng.pick(selfDescribingFormats()))
        : category == FormatCategory::Other ? QVariant(QStringLiteral("压缩包（zip），内含数据文件和说明"))
                                            : QVariant();

    QVariant methodCategory;
    QVariant methodType;
    if (share != ShareType::NotShared) {
        const auto method = ShareMethodCategory(m_rng.weighted({920, 20, 20, 30, 10}));
        methodCategory = storedValue(method);
        if (method == ShareMethodCategory::Platform) {
            methodType = storedValue(m_rng.pick(expectedShareMethodTypes(category)));
        }
    }
    m_resource[QStringLiteral("share_method_category")] = methodCategory;
    m_resource[QStringLiteral("share_method_type")] = methodType;

    const int openPerMille = share != ShareType::Unconditional      ? 0
                             : t.sensitivity == Sensitivity::Open   ? 600
                             : t.sensitivity == Sensitivity::Normal ? 150
                                                                    : 0;
    m_open = m_rng.perMille(openPerMille);
    m_resource[QStringLiteral("open_to_public")] = storedValue(m_open ? OpenToPublic::Yes : OpenToPublic::No);
    const QString openCondition = m_open ? m_rng.pick(openConditions()) : QString();
    m_resource[QStringLiteral("open_condition")] = orNull(openCondition);
    if (m_withOpenType) {
        m_resource[QStringLiteral("open_type")] =
            derivedOpenType(storedValue(m_open ? OpenToPublic::Yes : OpenToPublic::No), openCondition);
    }

    const UpdateCycle cycle = m_rng.perMille(850) ? t.cycle : UpdateCycle(m_rng.below(8));
    m_resource[QStringLiteral("update_cycle")] = storedValue(cycle);
    m_resource[QStringLiteral("update_cycle_other")] =
        cycle == UpdateCycle::Other ? QVariant(m_rng.pick(otherUpdateCycles())) : QVariant();
}

void ResourceFactory::fillStatusAndDates(int year)
{
    const auto status = ResourceStatus(m_rng.weighted({50, 60, 20, 840, 10, 20}));
    const bool published = status == ResourceStatus::Published || status == ResourceStatus::Withdrawing ||
                           status == ResourceStatus::Withdrawn;
    m_resource[QStringLiteral("status")] = storedValue(status);
    QVariant publishDate;
    QVariant mountedAt;
    QVariant lastUpdate;
    MountStatus mount = MountStatus::NotMounted;
    if (published) {
        const QDate first = year ? QDate(year + 1, 1, 1) : QDate(2018, 1, 1);
        const QDate date = first.addDays(m_rng.below(int(first.daysTo(kLastDate)) + 1));
        publishDate = date.toString(Qt::ISODate);
        mount = MountStatus(m_rng.weighted({200, 100, 650, 50}));
        if (mount == MountStatus::Mounted) {
            const QDate mounted = std::min(kLastDate, date.addDays(m_rng.below(60)));
            mountedAt = isoDateTime(mounted, 8 * 60 + m_rng.below(10 * 60));
            const QDate updated = mounted.addDays(m_rng.below(int(mounted.daysTo(kLastDate)) + 1));
            lastUpdate = isoDateTime(updated, m_rng.below(24 * 60));
        }
    }
    m_resource[QStringLiteral("publish_date")] = publishDate;
    m_resource[QStringLiteral("mount_status")] = storedValue(mount);
    m_resource[QStringLiteral("mounted_at")] = mountedAt;
    m_resource[QStringLiteral("last_data_update_at")] = lastUpdate;
}

Result<int> ResourceFactory::write(PlannedDepartment& dept, int k)
{
    const Choice choice = choose(dept, k);
    const ResourceTemplate& t = *choice.tmpl;
    const QString name = resourceName(choice);

    // Items are chosen first so that the abstract can name them; their rows follow the resource row.
    const QStringList itemNames = chooseItems(t);

    const bool filedElsewhere = !t.placement.isEmpty() && m_rng.perMille(400);
    PlannedClass& cls =
        m_plan.classes[size_t(filedElsewhere ? dept.placements.at(t.placement) : dept.ownClass)];
    fillStatusAndDates(choice.year);
    // A draft that was never submitted has no code yet; the others drew theirs at submission.
    const bool submitted = m_resource.value(QStringLiteral("status")) != storedValue(ResourceStatus::Draft);
    const int sequence = submitted ? cls.nextSequence++ : 0;
    const QString code =
        submitted ? cls.code + QLatin1Char('/') + QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0'))
                  : QString();

    m_resourceId = m_ids.next();
    m_resource[QStringLiteral("id")] = m_resourceId;
    m_resource[QStringLiteral("owner_dept_id")] = dept.id;
    m_resource[QStringLiteral("classification_id")] = cls.id;
    m_resource[QStringLiteral("name")] = name;
    m_resource[QStringLiteral("code")] = orNull(code);
    m_resource[QStringLiteral("sequence_no")] = submitted ? QVariant(sequence) : QVariant();
    m_resource[QStringLiteral("provider_dept_id")] = dept.id;
    m_resource[QStringLiteral("provider_code")] = dept.uscc;
    m_resource[QStringLiteral("abstract")] = abstractText(dept, choice, name, itemNames);
    m_resource[QStringLiteral("level")] = storedValue(ResourceLevel::Department);
    m_resource[QStringLiteral("catalog_version")] = 1;
    fillShareAndFormat(dept, t);
    m_history.plan(dept, m_resource);
    if (auto r = m_writer.add(QStringLiteral("info_resource"), m_resource); !r) {
        return r.error();
    }
    if (auto r = m_history.write(m_resource); !r) {
        return r.error();
    }
    auto items = writeItems(dept);
    if (!items) {
        return items.error();
    }
    if (m_resource.value(QStringLiteral("publish_date")).isValid() && m_rng.perMille(kSurveyPerMille)) {
        if (auto r = writeSurvey(dept); !r) {
            return r.error();
        }
    }
    if (!dept.lastCode.isEmpty() && m_rng.perMille(80)) {
        if (auto r = writeRelation(dept, dept.lastCode, canonicalName(RelationKind::Related)); !r) {
            return r.error();
        }
    }
    if (filedElsewhere && !dept.lastOwnCode.isEmpty() && m_rng.perMille(500)) {
        if (auto r = writeRelation(dept, dept.lastOwnCode, canonicalName(RelationKind::Source)); !r) {
            return r.error();
        }
    }
    if (submitted) {
        dept.lastCode = code;
        if (!filedElsewhere) {
            dept.lastOwnCode = code;
        }
    }
    return items;
}

QStringList ResourceFactory::chooseItems(const ResourceTemplate& t)
{
    m_chosen.clear();
    const QList<ItemDef>& all = t.items->items;
    int others = 0;
    for (const ItemDef& item : all) {
        others += item.isKey ? 0 : 1;
    }
    // Key items always; of the others a random, order-preserving selection (Knuth's algorithm S).
    int wanted = std::min(others, 5 + m_rng.below(8));
    int left = others;
    for (const ItemDef& item : all) {
        if (item.isKey) {
            m_chosen.push_back(&item);
            continue;
        }
        if (m_rng.below(left--) < wanted) {
            m_chosen.push_back(&item);
            --wanted;
        }
    }
    static const int commonPerMille[] = {600, 200, 150};
    for (qsizetype i = 0; i < commonItems().size(); ++i) {
        if (m_rng.perMille(commonPerMille[i])) {
            m_chosen.push_back(&commonItems().at(i));
        }
    }
    QStringList names;
    names.reserve(qsizetype(m_chosen.size()));
    for (const ItemDef* item : m_chosen) {
        names.append(item->name);
    }
    return names;
}

Result<int> ResourceFactory::writeItems(const PlannedDepartment& dept)
{
    const bool unconditional = ShareType(m_shareType) == ShareType::Unconditional;
    // Work in progress is not yet clean: some drafts and returned resources still have a character
    // item without its length (R12), as editors leave them.
    const QVariant status = m_resource.value(QStringLiteral("status"));
    bool lengthMissing =
        (status == storedValue(ResourceStatus::Draft) || status == storedValue(ResourceStatus::Returned)) &&
        m_rng.perMille(400);
    int seq = 0;
    for (const ItemDef* item : m_chosen) {
        m_item[QStringLiteral("id")] = m_ids.next();
        m_item[QStringLiteral("owner_dept_id")] = dept.id;
        m_item[QStringLiteral("resource_id")] = m_resourceId;
        m_item[QStringLiteral("seq")] = ++seq;
        m_item[QStringLiteral("name")] = item->name;
        m_item[QStringLiteral("data_type")] = QString(item->type);
        const bool dropLength = lengthMissing && !item->isKey && item->type == u'C' && item->length > 0;
        lengthMissing = lengthMissing && !dropLength;
        m_item[QStringLiteral("length")] =
            item->length > 0 && !dropLength ? QVariant(item->length) : QVariant();
        m_item[QStringLiteral("precision")] = item->precision >= 0 ? QVariant(item->precision) : QVariant();
        m_item[QStringLiteral("is_key")] = item->isKey ? 1 : 0;
        m_item[QStringLiteral("is_sensitive")] = item->isSensitive ? 1 : 0;
        // Personal items of an otherwise unconditional resource are shared on condition only.
        const bool restrict = unconditional && item->isSensitive;
        m_item[QStringLiteral("item_share_type")] =
            restrict ? QVariant(storedValue(ShareType::Conditional)) : QVariant();
        m_item[QStringLiteral("item_share_condition")] =
            restrict ? QVariant(m_rng.pick(itemShareConditions())) : QVariant();
        if (auto r = m_writer.add(QStringLiteral("info_item"), m_item); !r) {
            return r.error();
        }
    }
    return seq;
}

Result<void> ResourceFactory::writeSurvey(const PlannedDepartment& dept)
{
    // Amounts in hundredths (GB) and tenths (万条), so the values are exact decimals.
    const qint64 storage = 1 + m_rng.below(200000);
    const qint64 records = m_rng.below(500000);
    const int sharedPct = ShareType(m_shareType) == ShareType::NotShared ? 0 : 30 + m_rng.below(71);
    const int openedPct = m_open ? m_rng.below(101) : 0;
    const qint64 sharedStorage = storage * sharedPct / 100;
    const qint64 sharedRecords = records * sharedPct / 100;
    m_survey[QStringLiteral("id")] = m_ids.next();
    m_survey[QStringLiteral("owner_dept_id")] = dept.id;
    m_survey[QStringLiteral("resource_id")] = m_resourceId;
    m_survey[QStringLiteral("period")] = QStringLiteral("2024");
    m_survey[QStringLiteral("storage_total_gb")] = double(storage) / 100.0;
    m_survey[QStringLiteral("records_total_10k")] = double(records) / 10.0;
    m_survey[QStringLiteral("shared_storage_gb")] = double(sharedStorage) / 100.0;
    m_survey[QStringLiteral("shared_records_10k")] = double(sharedRecords) / 10.0;
    m_survey[QStringLiteral("opened_storage_gb")] = double(sharedStorage * openedPct / 100) / 100.0;
    m_survey[QStringLiteral("opened_records_10k")] = double(sharedRecords * openedPct / 100) / 10.0;
    return m_writer.add(QStringLiteral("resource_survey"), m_survey);
}

Result<void> ResourceFactory::writeRelation(const PlannedDepartment& dept, const QString& code,
                                            const QString& kind)
{
    m_relation[QStringLiteral("id")] = m_ids.next();
    m_relation[QStringLiteral("owner_dept_id")] = dept.id;
    m_relation[QStringLiteral("resource_id")] = m_resourceId;
    m_relation[QStringLiteral("related_code")] = code;
    m_relation[QStringLiteral("relation_kind")] = kind;
    return m_writer.add(QStringLiteral("resource_relation"), m_relation);
}

} // namespace govcat::demo
