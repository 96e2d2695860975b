#include "DemoPlan.h"

#include "DemoCity.h"
#include "core/Uscc.h"

#include <algorithm>
#include <set>

namespace govcat::demo {

namespace {

QString digits(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

class ClassTree
{
public:
    explicit ClassTree(std::vector<PlannedClass>& classes, DemoIds& ids) : m_classes(classes), m_ids(ids) {}

    // The class with this code, created under parent (an index, -1 for a 类) if it does not exist yet.
    int ensure(const QString& code, const QString& name, int parent, CatalogClassLevel level,
               CatalogKind kind)
    {
        const auto found = m_byCode.find(code);
        if (found != m_byCode.end()) {
            return found->second;
        }
        PlannedClass c{m_ids.next(), code, name, parent < 0 ? QString() : m_classes[size_t(parent)].id,
                       level,        kind};
        m_classes.push_back(std::move(c));
        const int index = int(m_classes.size()) - 1;
        m_byCode.emplace(code, index);
        return index;
    }
    int find(const QString& code) const { return m_byCode.at(code); }

private:
    std::vector<PlannedClass>& m_classes;
    DemoIds& m_ids;
    std::map<QString, int> m_byCode;
};

CatalogKind kindOf(QChar classDigit)
{
    return classDigit == u'1'   ? CatalogKind::Base
           : classDigit == u'2' ? CatalogKind::Thematic
                                : CatalogKind::Departmental;
}

void planClasses(CityPlan& plan, DemoIds& ids)
{
    ClassTree tree(plan.classes, ids);
    const std::pair<QChar, const QList<ClassDef>*> branches[] = {
        {QLatin1Char('1'), &baseClasses()},
        {QLatin1Char('2'), &themeClasses()},
        {QLatin1Char('3'), &departmentClasses()},
    };
    for (const auto& [digit, items] : branches) {
        const int root =
            tree.ensure(QString(digit), className(digit), -1, CatalogClassLevel::Class, kindOf(digit));
        for (const ClassDef& item : *items) {
            tree.ensure(digit + item.code, item.name, root, CatalogClassLevel::Item, kindOf(digit));
        }
    }
    // 目 = a department (3 digits, in order), 细目 = one of its 下设机构 (2 digits), under 类 3 and under
    // every 基础/主题 项 its templates are also filed in.
    std::vector<QString> numbers(plan.departments.size());
    std::map<int, int> childCount;
    int topCount = 0;
    for (size_t i = 0; i < plan.departments.size(); ++i) {
        const DepartmentDef& def = *plan.departments[i].def;
        numbers[i] = def.parent < 0 ? digits(++topCount, 3)
                                    : numbers[size_t(def.parent)] + digits(++childCount[def.parent], 2);
    }
    const auto ensureFor = [&](size_t dept, const QString& itemCode) {
        const PlannedDepartment& d = plan.departments[dept];
        const CatalogKind kind = kindOf(itemCode.front());
        int parent = tree.find(itemCode);
        if (d.def->parent >= 0) {
            const PlannedDepartment& p = plan.departments[size_t(d.def->parent)];
            parent = tree.ensure(itemCode + numbers[size_t(d.def->parent)], p.name, parent,
                                 CatalogClassLevel::Group, kind);
            return tree.ensure(itemCode + numbers[dept], d.name, parent, CatalogClassLevel::SubGroup, kind);
        }
        return tree.ensure(itemCode + numbers[dept], d.name, parent, CatalogClassLevel::Group, kind);
    };
    const QString ownItem = QLatin1Char('3') + departmentBranch();
    for (size_t i = 0; i < plan.departments.size(); ++i) {
        PlannedDepartment& d = plan.departments[i];
        d.ownClass = ensureFor(i, ownItem);
        for (const ResourceTemplate& t : d.def->templates) {
            if (!t.placement.isEmpty() && d.placements.count(t.placement) == 0) {
                d.placements.emplace(t.placement, ensureFor(i, t.placement));
            }
        }
    }
}

// Largest-remainder split of `total` by department weight.
void planQuotas(CityPlan& plan, int total)
{
    int weightSum = 0;
    for (const PlannedDepartment& d : plan.departments) {
        weightSum += d.def->weight;
    }
    std::vector<std::pair<qint64, size_t>> remainders;
    int assigned = 0;
    for (size_t i = 0; i < plan.departments.size(); ++i) {
        const qint64 share = qint64(total) * plan.departments[i].def->weight;
        plan.departments[i].quota = int(share / weightSum);
        assigned += plan.departments[i].quota;
        remainders.emplace_back(-(share % weightSum), i); // larger remainder first, then by order
    }
    std::sort(remainders.begin(), remainders.end());
    for (size_t k = 0; assigned < total; ++k, ++assigned) {
        ++plan.departments[remainders[k].second].quota;
    }
}

} // namespace

QString makeGovernmentUscc(QChar category, const QString& regionCode, DemoRandom& rng)
{
    // 组织机构代码 of government bodies usually start with 0, of 事业单位 with 4, of 群团 with 5.
    QString org(category == u'2' ? QLatin1Char('4') : category == u'3' ? QLatin1Char('5') : QLatin1Char('0'));
    for (int i = 0; i < 7; ++i) {
        org += QChar(u'0' + rng.below(10));
    }
    static const int weights[] = {3, 7, 9, 10, 5, 8, 4, 2}; // GB 11714
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        sum += org.at(i).digitValue() * weights[i];
    }
    const int check = 11 - sum % 11;
    org += check == 10 ? QLatin1Char('X') : check == 11 ? QLatin1Char('0') : QChar(u'0' + check);
    const QString first17 = QLatin1Char('1') + category + regionCode + org;
    return first17 + usccCheckCharacter(first17);
}

CityPlan planCity(const DemoOptions& options, DemoRandom& rng, DemoIds& ids)
{
    CityPlan plan;
    std::set<QString> usccs;
    const QList<DepartmentDef>& defs = departments();
    plan.departments.reserve(size_t(defs.size()));
    for (const DepartmentDef& def : defs) {
        PlannedDepartment d;
        d.def = &def;
        d.id = ids.next();
        d.name = def.name.arg(options.cityName);
        do {
            d.uscc = makeGovernmentUscc(def.category, options.regionCode, rng);
        } while (!usccs.insert(d.uscc).second);
        if (def.parent >= 0) {
            d.parentId = plan.departments[size_t(def.parent)].id;
        }
        d.contact = rng.pick(contactPrefixes()) + digits(rng.below(100000), 5);
        if (def.shortName == QStringLiteral("市数据局")) {
            plan.bureau = int(plan.departments.size());
        }
        int variants = 0;
        for (const ResourceTemplate& t : def.templates) {
            variants += int(t.variants.size());
        }
        d.firstVariant = rng.below(variants);
        plan.departments.push_back(std::move(d));
    }
    planClasses(plan, ids);
    planQuotas(plan, options.resources);
    return plan;
}

} // namespace govcat::demo
