#pragma once

#include "db/Database.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace govcat::ui {

// Creates a new encrypted database: where, a passphrase with a strength hint, and its confirmation.
// The Argon2id wrap of the new key and the schema's migrations run on another thread
// (Database::createInBackground) under a progress dialog without 取消 (a half-made database cannot
// be left behind safely); meanwhile the inputs are disabled and closing is refused.
class NewDatabaseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewDatabaseDialog(const QString& suggestedPath, QWidget* parent = nullptr);
    ~NewDatabaseDialog() override;

    std::unique_ptr<db::Database> takeDatabase();
    void setKdfProfile(db::KdfProfile profile) { m_profile = profile; }
    bool isCreating() const { return m_creating; }
    void reject() override; // ignored while creating

private:
    void updateState();
    void create();

    QLineEdit* m_path;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QProgressBar* m_strength;
    QLabel* m_hint;
    QLabel* m_error;
    QPushButton* m_create;
    db::KdfProfile m_profile = db::KdfProfile::Moderate;
    bool m_creating = false;
    std::unique_ptr<db::Database> m_database;
};

} // namespace govcat::ui
