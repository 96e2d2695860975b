#include "NewDatabaseDialog.h"

#include "core/PassphrasePolicy.h"
#include "db/driver/SecureBytesQt.h"
#include "models/common/ErrorMessages.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace govcat::ui {

NewDatabaseDialog::NewDatabaseDialog(const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), m_path(new QLineEdit(suggestedPath, this)), m_passphrase(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_strength(new QProgressBar(this)), m_hint(new QLabel(this)),
      m_error(new QLabel(this)), m_create(new QPushButton(tr("创建(&C)"), this))
{
    setObjectName(QStringLiteral("newDatabaseDialog"));
    setWindowTitle(tr("新建加密目录数据库 — govcat"));

    m_path->setObjectName(QStringLiteral("pathLineEdit"));
    auto* browse = new QPushButton(tr("浏览…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("新建数据库"), m_path->text(),
                                                          tr("govcat 数据库 (*.govcat)"));
        if (!file.isEmpty()) {
            m_path->setText(file);
        }
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);

    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmLineEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_strength->setObjectName(QStringLiteral("strengthProgressBar"));
    m_strength->setRange(0, 4);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(8);
    m_hint->setObjectName(QStringLiteral("strengthLabel"));
    m_hint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    form->addRow(tr("数据库文件："), pathRow);
    form->addRow(tr("口令："), m_passphrase);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), m_hint);
    form->addRow(tr("确认口令："), m_confirm);

    auto* note =
        new QLabel(tr("口令用于加密本机数据。请牢记：忘记口令将无法打开数据库，任何人都无法找回。"), this);
    note->setWordWrap(true);

    m_create->setObjectName(QStringLiteral("createPushButton"));
    m_create->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(m_create, &QPushButton::clicked, this, &NewDatabaseDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit* edit : {m_path, m_passphrase, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, &NewDatabaseDialog::updateState);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateState();
}

NewDatabaseDialog::~NewDatabaseDialog() = default;

std::unique_ptr<db::Database> NewDatabaseDialog::takeDatabase()
{
    return std::move(m_database);
}

void NewDatabaseDialog::updateState()
{
    const QString pass = m_passphrase->text();
    const auto strength = PassphrasePolicy::estimate(pass);
    using Level = PassphraseStrength::Level;
    switch (strength.level) {
    case Level::Empty:
        m_hint->setText(tr("至少 %1 个字符；可使用中文、字母、数字和符号组成的短句。")
                            .arg(PassphrasePolicy::kMinimumLength));
        break;
    case Level::TooShort:
        m_hint->setText(tr("太短：至少需要 %1 个字符。").arg(PassphrasePolicy::kMinimumLength));
        break;
    case Level::Weak:
        m_hint->setText(tr("强度：弱。请加长口令，或混合使用不同类型的字符。"));
        break;
    case Level::Fair:
        m_hint->setText(tr("强度：中。可以使用；更长的口令更安全。"));
        break;
    case Level::Strong:
        m_hint->setText(tr("强度：强。"));
        break;
    }
    if (PassphrasePolicy::utf8Bytes(pass) > PassphrasePolicy::kMaximumBytes) {
        m_hint->setText(tr("太长：口令最多 %1 字节（约 %2 个汉字）。")
                            .arg(PassphrasePolicy::kMaximumBytes)
                            .arg(PassphrasePolicy::kMaximumBytes / 3));
    }
    m_strength->setValue(int(strength.level));
    QString problem;
    if (!m_confirm->text().isEmpty() && m_confirm->text() != pass) {
        problem = tr("两次输入的口令不一致。");
    } else if (QFileInfo::exists(m_path->text())) {
        problem = tr("该文件已存在。请另选文件名，或用“打开”来解锁已有数据库。");
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_create->setEnabled(problem.isEmpty() && PassphrasePolicy::acceptable(pass) &&
                         m_confirm->text() == pass && !m_path->text().trimmed().isEmpty());
}

void NewDatabaseDialog::reject()
{
    if (!m_creating) {
        QDialog::reject();
    }
}

void NewDatabaseDialog::create()
{
    if (m_creating) {
        return;
    }
    const QString path = QDir::cleanPath(m_path->text().trimmed());
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The window keeps repainting while another thread wraps the key and builds the schema; the
    // dialog's inputs are disabled and it cannot be closed until that is done.
    m_creating = true;
    QList<QWidget*> disabled;
    for (QWidget* input : findChildren<QWidget*>()) {
        if ((qobject_cast<QLineEdit*>(input) || qobject_cast<QPushButton*>(input)) && input->isEnabled()) {
            input->setEnabled(false);
            disabled << input;
        }
    }
    QProgressDialog progress(tr("正在创建加密数据库（生成密钥并建立表结构），请稍候…"), QString(), 0, 0,
                             this);
    progress.setObjectName(QStringLiteral("createProgressDialog"));
    progress.setWindowTitle(tr("新建数据库"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto result = db::Database::createInBackground(path, db::secureUtf8(m_passphrase->text()), m_profile);
    QApplication::restoreOverrideCursor();
    progress.reset();
    for (QWidget* input : std::as_const(disabled)) {
        input->setEnabled(true);
    }
    m_creating = false;
    if (!result) {
        m_error->setText(models::ErrorMessages::forOpen(result.error()));
        m_error->show();
        return;
    }
    m_database = std::move(result).value();
    m_passphrase->clear();
    m_confirm->clear();
    accept();
}

} // namespace govcat::ui
