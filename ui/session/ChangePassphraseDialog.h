#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace govcat::db {
class Database;
} // namespace govcat::db

namespace govcat::ui {

// Changes the passphrase: re-wraps the data key in the key file; the database file is not rewritten.
class ChangePassphraseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(db::Database& database, QWidget* parent = nullptr);

private:
    void updateState();
    void apply();

    db::Database& m_database;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    QLabel* m_hint;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace govcat::ui
