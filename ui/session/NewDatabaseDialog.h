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
class NewDatabaseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewDatabaseDialog(const QString& suggestedPath, QWidget* parent = nullptr);
    ~NewDatabaseDialog() override;

    std::unique_ptr<db::Database> takeDatabase();
    void setKdfProfile(db::KdfProfile profile) { m_profile = profile; }

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
    std::unique_ptr<db::Database> m_database;
};

} // namespace govcat::ui
