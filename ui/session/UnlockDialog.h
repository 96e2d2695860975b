#pragma once

#include "db/Database.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace govcat::ui {

// Asks for the passphrase of an existing database and unlocks it. Wrong passphrases are counted;
// from the third in a row the dialog waits a growing time before the next try.
class UnlockDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    // The unlocked database after accept(); the caller takes it.
    std::unique_ptr<db::Database> takeDatabase();
    int consecutiveFailures() const { return m_failures; }
    bool isUnlocking() const { return m_unlocking; }
    void reject() override; // ignored while unlocking

Q_SIGNALS:
    void createNewRequested();
    void openOtherRequested();

private:
    void tryUnlock();
    void startDelay(int seconds);
    void updateButtons();

    QString m_path;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    QLabel* m_keyFileHint;
    QPushButton* m_unlock;
    QTimer* m_delayTimer;
    int m_failures = 0;
    int m_secondsLeft = 0;
    bool m_unlocking = false;
    std::unique_ptr<db::Database> m_database;
};

} // namespace govcat::ui
