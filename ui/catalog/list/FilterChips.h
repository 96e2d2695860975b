#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace govcat::ui {

// The row over the resource list that says which filters are on: one chip per filter (its text and
// a ✕ that removes it) and 清除全部. Hidden when no filter is on.
class FilterChips final : public QWidget
{
    Q_OBJECT
public:
    struct Chip
    {
        QString key;
        QString label;
    };

    explicit FilterChips(QWidget* parent = nullptr);

    void setChips(const QList<Chip>& chips);
    const QList<Chip>& chips() const { return m_chips; }
    // The chips' labels, in order (what the row says).
    QStringList labels() const;

Q_SIGNALS:
    void removeRequested(const QString& key);
    void clearAllRequested();

private:
    QHBoxLayout* m_row;
    QLabel* m_title;
    QPushButton* m_clearAll;
    QList<Chip> m_chips;
    QList<QWidget*> m_buttons;
};

} // namespace govcat::ui
