#include "ResourceListPage.h"

#include "FilterChips.h"
#include "FilterPanel.h"
#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "core/Settings.h"
#include "models/catalog/ResourceListModel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace govcat::ui {

ResourceListPage::ResourceListPage(const catalog::CatalogQueries& queries, Settings& settings,
                                   QWidget* parent)
    : QWidget(parent), m_queries(queries), m_settings(settings), m_filters(new FilterPanel(this)),
      m_chips(new FilterChips(this)), m_resources(std::make_unique<models::ResourceListModel>()),
      m_search(new QLineEdit(this)), m_searchTimer(new QTimer(this)), m_view(new QTableView(this)),
      m_countLabel(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("搜索名称、代码、摘要、提供方、信息项（输入即搜，空格分隔多个词）"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ResourceListPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
    });
    setupView();

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_chips);
    listLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("catalogSplitter"));
    splitter->addWidget(m_filters);
    splitter->addWidget(listPane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_countLabel->setObjectName(QStringLiteral("resourceCountLabel"));
    connect(m_resources.get(), &models::ResourceListModel::readFailed, this, &ResourceListPage::readFailed);
    connect(m_filters, &FilterPanel::filterChanged, this, &ResourceListPage::applyFilter);
    connect(m_chips, &FilterChips::removeRequested, this, &ResourceListPage::removeFilter);
    connect(m_chips, &FilterChips::clearAllRequested, this, &ResourceListPage::clearAllFilters);
    setDepartmentOrder(m_settings.departmentOrder.get() == QStringLiteral("official")
                           ? models::DepartmentListModel::Order::Official
                           : models::DepartmentListModel::Order::Pinyin);
}

ResourceListPage::~ResourceListPage()
{
    // The model holds queries on the connection: it goes first.
    m_view->setModel(nullptr);
    m_resources.reset();
    m_filters->detach();
}

void ResourceListPage::setupView()
{
    m_view->setObjectName(QStringLiteral("resourceTableView"));
    m_view->setModel(m_resources.get());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSectionsClickable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (const auto& [column, width] :
         {std::pair{models::ResourceListModel::Code, 230}, std::pair{models::ResourceListModel::Name, 300},
          std::pair{models::ResourceListModel::Provider, 220}}) {
        header->resizeSection(column, width);
    }
    // Code-list columns fit their widest value in the UI language (English names are longer).
    for (int column = 0; column < models::ResourceListModel::ColumnCount; ++column) {
        if (const auto list =
                models::ResourceListModel::codeListOf(models::ResourceListModel::Column(column))) {
            int width = header->sectionSizeHint(column);
            for (const CodeEntry& e : codeList(*list).entries) {
                width = std::max(width, m_view->fontMetrics().horizontalAdvance(displayName(e)) + 16);
            }
            header->resizeSection(column, width);
        }
    }
    header->hideSection(models::ResourceListModel::FormatCategory);
    header->hideSection(models::ResourceListModel::OpenToPublic);
    if (const QByteArray state = m_settings.resourceHeaderState.get(); !state.isEmpty()) {
        header->restoreState(state);
        header->setSortIndicator(-1, Qt::AscendingOrder); // each session starts in relevance/code order
    }
    connect(header, &QHeaderView::customContextMenuRequested, this, &ResourceListPage::showColumnMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (column < 0) {
            m_resources->resetSort();
            applyFilter();
        } else {
            m_resources->sort(column, order);
        }
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openResource(index.siblingAtColumn(0).data(models::ResourceListModel::IdRole).toString());
    });
}

void ResourceListPage::showResources(const QStringList& ids, const QString& title)
{
    // The count was made over the whole catalog: a department, class, attribute or search left on
    // from before would list fewer resources than it says (a count of 14 listed 1). Clear them; the
    // chip row shows the list, and filters chosen afterwards narrow it.
    m_filters->clear(false);
    clearSearch();
    m_pinnedIds = ids;
    m_pinnedTitle = title;
    applyFilter();
}

void ResourceListPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ResourceListPage::setDepartmentOrder(models::DepartmentListModel::Order order)
{
    m_filters->setDepartmentOrder(order);
}

QStringList ResourceListPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows()) {
        ids << row.data(models::ResourceListModel::IdRole).toString();
    }
    return ids;
}

QString ResourceListPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(models::ResourceListModel::IdRole).toString()
                             : QString();
}

catalog::ResourceFilter ResourceListPage::filter() const
{
    return m_resources->filter();
}

qint64 ResourceListPage::totalCount() const
{
    return m_resources->totalCount();
}

void ResourceListPage::saveState()
{
    m_settings.resourceHeaderState.set(m_view->horizontalHeader()->saveState());
}

void ResourceListPage::updateChips()
{
    QList<FilterChips::Chip> chips;
    if (!m_pinnedIds.isEmpty()) {
        chips.append(
            {QStringLiteral("pinned"), tr("%1（%2 条）").arg(m_pinnedTitle).arg(m_pinnedIds.size())});
    }
    if (const QString text = m_search->text().trimmed(); !text.isEmpty()) {
        chips.append({QStringLiteral("search"), tr("搜索：%1").arg(text)});
    }
    for (const ActiveFilter& f : m_filters->activeFilters()) {
        chips.append({f.key, f.label});
    }
    m_chips->setChips(chips);
}

void ResourceListPage::clearSearch()
{
    m_searchTimer->stop();
    const QSignalBlocker blocker(m_search);
    m_search->clear();
}

void ResourceListPage::removeFilter(const QString& key)
{
    if (key == QStringLiteral("pinned")) {
        m_pinnedIds.clear();
        applyFilter();
    } else if (key == QStringLiteral("search")) {
        clearSearch();
        applyFilter();
    } else {
        m_filters->removeFilter(key); // emits filterChanged
    }
}

void ResourceListPage::clearAllFilters()
{
    m_pinnedIds.clear();
    clearSearch();
    m_filters->clear(); // emits filterChanged
}

void ResourceListPage::showColumnMenu(const QPoint& pos)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < m_resources->columnCount(); ++c) {
        QAction* a = menu.addAction(m_resources->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != models::ResourceListModel::Name); // the name always shows
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("按相关度/代码排序"), this,
                   [header] { header->setSortIndicator(-1, Qt::AscendingOrder); });
    menu.exec(header->mapToGlobal(pos));
}

void ResourceListPage::reload()
{
    QString error;
    if (!m_filters->reload(m_queries, &error)) {
        Q_EMIT readFailed(error);
        return;
    }
    applyFilter();
}

void ResourceListPage::applyFilter()
{
    catalog::ResourceFilter filter = m_filters->filter();
    filter.search = m_search->text();
    filter.ids = m_pinnedIds;
    const auto known =
        filter.search.trimmed().isEmpty() && m_pinnedIds.isEmpty() ? m_filters->knownCount() : std::nullopt;
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!m_resources->load(m_queries, filter, &error, known)) {
        Q_EMIT readFailed(error);
        return;
    }
    m_countLabel->setText((m_pinnedIds.isEmpty() ? QString() : m_pinnedTitle + tr("：")) +
                          tr("共 %1 条信息资源").arg(m_resources->totalCount()) +
                          (filter.hasSearch() ? tr("（搜索用时 %1 毫秒）").arg(timer.elapsed()) : QString()));
    updateChips();
}

} // namespace govcat::ui
