#include "FilterChips.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace govcat::ui {

FilterChips::FilterChips(QWidget* parent)
    : QWidget(parent), m_row(new QHBoxLayout(this)), m_title(new QLabel(tr("当前筛选："), this)),
      m_clearAll(new QPushButton(tr("清除全部"), this))
{
    setObjectName(QStringLiteral("filterChips"));
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(4);
    m_title->setObjectName(QStringLiteral("filterChipsTitle"));
    m_clearAll->setObjectName(QStringLiteral("clearAllFiltersButton"));
    m_clearAll->setFlat(true);
    m_clearAll->setToolTip(tr("清除全部筛选条件和搜索，列出全部信息资源"));
    m_row->addWidget(m_title);
    m_row->addStretch(1);
    m_row->addWidget(m_clearAll);
    connect(m_clearAll, &QPushButton::clicked, this, &FilterChips::clearAllRequested);
    hide();
}

void FilterChips::setChips(const QList<Chip>& chips)
{
    for (QWidget* button : std::as_const(m_buttons)) {
        m_row->removeWidget(button);
        button->deleteLater();
    }
    m_buttons.clear();
    m_chips = chips;
    int at = 1; // after the title
    for (const Chip& chip : chips) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("filterChip"));
        button->setText(tr("%1  ✕").arg(chip.label));
        button->setToolTip(tr("取消此筛选条件"));
        button->setAutoRaise(false);
        button->setStyleSheet(
            QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; "
                           "padding: 1px 8px; background: palette(alternate-base); }"));
        button->setProperty("filterKey", chip.key);
        connect(button, &QToolButton::clicked, this, [this, key = chip.key] { Q_EMIT removeRequested(key); });
        m_row->insertWidget(at++, button);
        m_buttons << button;
    }
    setVisible(!chips.isEmpty());
}

QStringList FilterChips::labels() const
{
    QStringList out;
    for (const Chip& chip : m_chips) {
        out << chip.label;
    }
    return out;
}

} // namespace govcat::ui
