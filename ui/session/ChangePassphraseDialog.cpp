#include "ChangePassphraseDialog.h"

#include "core/PassphrasePolicy.h"
#include "db/Database.h"
#include "db/driver/SecureBytesQt.h"
#include "models/common/ErrorMessages.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace govcat::ui {

ChangePassphraseDialog::ChangePassphraseDialog(db::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_old(new QLineEdit(this)), m_new(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_hint(new QLabel(this)), m_error(new QLabel(this)),
      m_ok(new QPushButton(tr("修改"), this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("修改口令 — govcat"));
    m_old->setObjectName(QStringLiteral("oldPassphraseLineEdit"));
    m_new->setObjectName(QStringLiteral("newPassphraseLineEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPassphraseLineEdit"));
    for (QLineEdit* e : {m_old, m_new, m_confirm}) {
        e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateState);
    }
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("当前口令："), m_old);
    form->addRow(tr("新口令："), m_new);
    form->addRow(QString(), m_hint);
    form->addRow(tr("确认新口令："), m_confirm);

    m_ok->setObjectName(QStringLiteral("changePassphrasePushButton"));
    m_ok->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(m_ok, &QPushButton::clicked, this, &ChangePassphraseDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* note = new QLabel(tr("只重新封装密钥文件中的数据密钥，数据库本身无需重新加密。"), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateState();
}

void ChangePassphraseDialog::updateState()
{
    const QString pass = m_new->text();
    const bool acceptable = PassphrasePolicy::acceptable(pass);
    if (PassphrasePolicy::utf8Bytes(pass) > PassphrasePolicy::kMaximumBytes) {
        m_hint->setText(tr("新口令太长：最多 %1 字节（约 %2 个汉字）。")
                            .arg(PassphrasePolicy::kMaximumBytes)
                            .arg(PassphrasePolicy::kMaximumBytes / 3));
    } else {
        m_hint->setText(pass.isEmpty() || acceptable
                            ? QString()
                            : tr("新口令太弱：至少 %1 个字符，并混合使用不同类型的字符。")
                                  .arg(PassphrasePolicy::kMinimumLength));
    }
    const bool mismatch = !m_confirm->text().isEmpty() && m_confirm->text() != pass;
    m_error->setText(mismatch ? tr("两次输入的新口令不一致。") : QString());
    m_ok->setEnabled(!m_old->text().isEmpty() && acceptable && m_confirm->text() == pass);
}

void ChangePassphraseDialog::apply()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_database.changePassphrase(db::secureUtf8(m_old->text()), db::secureUtf8(m_new->text()));
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_error->setText(result.error().kind == Error::Kind::WrongPassphrase
                             ? tr("当前口令不正确。")
                             : models::ErrorMessages::forOpen(result.error()));
        return;
    }
    for (QLineEdit* edit : {m_old, m_new, m_confirm}) {
        edit->clear();
    }
    accept();
}

} // namespace govcat::ui
