#include "UnlockDialog.h"

#include "core/PassphrasePolicy.h"
#include "db/driver/SecureBytesQt.h"
#include "models/common/ErrorMessages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace govcat::ui {

UnlockDialog::UnlockDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_path(databasePath), m_passphrase(new QLineEdit(this)), m_error(new QLabel(this)),
      m_keyFileHint(new QLabel(this)), m_unlock(new QPushButton(tr("解锁(&U)"), this)),
      m_delayTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("解锁目录数据库 — govcat"));

    auto* intro = new QLabel(tr("数据库已加密。请输入口令以解锁："), this);
    auto* file = new QLabel(QStringLiteral("<b>%1</b><br><small>%2</small>")
                                .arg(QFileInfo(m_path).fileName().toHtmlEscaped(), m_path.toHtmlEscaped()),
                            this);
    file->setObjectName(QStringLiteral("databasePathLabel"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("口令"));
    auto* show = new QCheckBox(tr("显示口令"), this);
    show->setObjectName(QStringLiteral("showPassphraseCheckBox"));
    connect(show, &QCheckBox::toggled, this,
            [this](bool on) { m_passphrase->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    // A key file whose salt or cost was edited (with its checksum recomputed) fails exactly like a
    // wrong passphrase; no file format can tell the two apart. From the second failure on, say so.
    m_keyFileHint->setObjectName(QStringLiteral("keyFileHintLabel"));
    m_keyFileHint->setWordWrap(true);
    m_keyFileHint->setText(
        tr("如果确定口令无误，也可能是密钥文件（.key）被改动过：请从备份中恢复该文件后再试。"));
    m_keyFileHint->hide();

    m_unlock->setObjectName(QStringLiteral("unlockPushButton"));
    m_unlock->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_unlock, QDialogButtonBox::AcceptRole);
    auto* other = buttons->addButton(tr("打开其他数据库…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("openOtherPushButton"));
    auto* create = buttons->addButton(tr("新建数据库…"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("createNewPushButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("取消"));

    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(other, &QPushButton::clicked, this, [this] {
        Q_EMIT openOtherRequested();
        reject();
    });
    connect(create, &QPushButton::clicked, this, [this] {
        Q_EMIT createNewRequested();
        reject();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);

    m_delayTimer->setInterval(1000);
    connect(m_delayTimer, &QTimer::timeout, this, [this] {
        if (--m_secondsLeft <= 0) {
            m_delayTimer->stop();
            m_error->setText(tr("可以再试一次。"));
        } else {
            m_error->setText(tr("口令连续错误 %1 次。请 %2 秒后再试。").arg(m_failures).arg(m_secondsLeft));
        }
        updateButtons();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(file);
    layout->addWidget(m_passphrase);
    layout->addWidget(show);
    layout->addWidget(m_error);
    layout->addWidget(m_keyFileHint);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateButtons();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<db::Database> UnlockDialog::takeDatabase()
{
    return std::move(m_database);
}

void UnlockDialog::reject()
{
    if (!m_unlocking) {
        QDialog::reject();
    }
}

void UnlockDialog::updateButtons()
{
    m_unlock->setEnabled(!m_passphrase->text().isEmpty() && m_secondsLeft <= 0);
}

void UnlockDialog::startDelay(int seconds)
{
    m_secondsLeft = seconds;
    m_error->setText(tr("口令连续错误 %1 次。请 %2 秒后再试。").arg(m_failures).arg(m_secondsLeft));
    m_delayTimer->start();
}

void UnlockDialog::tryUnlock()
{
    if (m_secondsLeft > 0 || m_passphrase->text().isEmpty()) {
        return;
    }
    m_error->setText(tr("正在解锁…"));
    m_error->setStyleSheet(QString());
    m_error->show();
    m_unlock->setEnabled(false);
    // Argon2id and any migration run on another thread; the dialog keeps repainting meanwhile, with
    // its buttons and the passphrase field disabled and closing it refused (reject()).
    m_unlocking = true;
    const QList<QWidget*> inputs = findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    QList<QWidget*> disabled;
    for (QWidget* input : inputs) {
        if (input != m_error && input->isEnabled() &&
            (qobject_cast<QAbstractButton*>(input) || qobject_cast<QLineEdit*>(input) ||
             qobject_cast<QDialogButtonBox*>(input))) {
            input->setEnabled(false);
            disabled << input;
        }
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto result = db::Database::openInBackground(m_path, db::secureUtf8(m_passphrase->text()));
    QApplication::restoreOverrideCursor();
    for (QWidget* input : std::as_const(disabled)) {
        input->setEnabled(true);
    }
    m_unlocking = false;

    if (result) {
        m_database = std::move(result).value();
        m_passphrase->clear();
        accept();
        return;
    }
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setText(models::ErrorMessages::forOpen(result.error()));
    m_passphrase->selectAll();
    m_passphrase->setFocus();
    if (result.error().kind == Error::Kind::WrongPassphrase) {
        ++m_failures;
        m_keyFileHint->setVisible(m_failures >= 2);
        adjustSize(); // the hint's lines would otherwise be clipped by the dialog's old height
        if (const int delay = PassphrasePolicy::unlockDelaySeconds(m_failures); delay > 0) {
            startDelay(delay);
        }
    }
    updateButtons();
}

} // namespace govcat::ui
