#pragma once

#include "catalog/CatalogWorkflow.h"
#include "catalog/ResourceStore.h"
#include "db/Repository.h"
#include "support/CatalogFixture.h"

#include <QSqlQuery>

#include <memory>

namespace govcat::test {

// A catalog editor of the fixture's department at work on a small demo city: the repository, store and
// workflow on a new CatalogFixture, and helpers that put resources in it. A test class derives from it
// (after QObject) and calls start() from its init() slot and stop() from its cleanup() slot.
class CatalogSession
{
protected:
    void start()
    {
        m_fx = std::make_unique<CatalogFixture>();
        m_repo =
            std::make_unique<db::Repository>(m_fx->database->connection(), m_fx->actor(Role::CatalogEditor));
        m_store = std::make_unique<catalog::ResourceStore>(m_fx->database->connection(), *m_repo);
        m_flow = std::make_unique<catalog::CatalogWorkflow>(*m_store);
    }

    void stop()
    {
        m_flow.reset();
        m_store.reset();
        m_repo.reset();
        m_fx.reset();
    }

    // Saves a draft as an editor of its department (dept: another provider than the fixture's).
    QString save(ResourceDraft d, const QString& dept = {})
    {
        const db::Actor before = m_repo->actor();
        if (!dept.isEmpty()) {
            const ResourceDraft provider = m_store->newDraft(dept).value();
            d.providerDeptId = dept;
            d.providerName = provider.providerName;
            d.providerCode = provider.providerCode;
            m_repo->setActor(m_fx->actor(Role::CatalogEditor, dept));
        }
        auto id = m_store->save(d);
        m_repo->setActor(before);
        if (!id) {
            qWarning("save failed: %s", qPrintable(id.error().message));
            return {};
        }
        return id.value();
    }

    // A valid resource with related codes and survey data, submitted and approved; empty on failure.
    QString publish(const QString& name)
    {
        ResourceDraft d = m_fx->validDraft(*m_store, name);
        d.relatedCodes = {QStringLiteral("101001/000001")};
        d.survey = {QStringLiteral("12.5"), QStringLiteral("30"), {}, {}, {}, {}};
        const QString id = save(d);
        if (id.isEmpty() || !m_flow->submit(id)) {
            return {};
        }
        m_repo->setActor(m_fx->actor(Role::Reviewer));
        const bool ok = bool(m_flow->approve(id, QStringLiteral("同意发布")));
        m_repo->setActor(m_fx->actor(Role::CatalogEditor));
        return ok ? id : QString();
    }

    // One column of a resource's info_resource row, "<none>" when there is no such row.
    QString column(const QString& id, const char* name) const
    {
        QSqlQuery q(m_fx->database->connection());
        q.prepare(QStringLiteral("SELECT %1 FROM info_resource WHERE id = ?").arg(QLatin1String(name)));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

    std::unique_ptr<CatalogFixture> m_fx;
    std::unique_ptr<db::Repository> m_repo;
    std::unique_ptr<catalog::ResourceStore> m_store;
    std::unique_ptr<catalog::CatalogWorkflow> m_flow;
};

} // namespace govcat::test
