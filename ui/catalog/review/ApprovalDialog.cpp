#include "ApprovalDialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace govcat::ui {

namespace {

constexpr int kMaxNamesListed = 10;

// The translation context of the dialog's texts.
class ApprovalDialog
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalDialog)
};

} // namespace

std::optional<QString> askApproval(QWidget* parent, const QStringList& names)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("approveDialog"));
    dialog.setWindowTitle(ApprovalDialog::tr("审核通过"));
    QString question = names.size() == 1
                           ? ApprovalDialog::tr("审核通过并发布“%1”？").arg(names.constFirst())
                           : ApprovalDialog::tr("审核通过并发布所选的 %1 项信息资源？").arg(names.size());
    if (names.size() > 1) {
        QStringList listed = names.mid(0, kMaxNamesListed);
        for (QString& n : listed) {
            n = QStringLiteral("· ") + n;
        }
        if (names.size() > kMaxNamesListed) {
            listed << ApprovalDialog::tr("…… 等 %1 项").arg(names.size());
        }
        question += u'\n' + listed.join(u'\n');
    }
    auto* intro = new QLabel(question, &dialog);
    intro->setWordWrap(true);
    auto* warning =
        new QLabel(ApprovalDialog::tr("发布后，信息资源即在目录中生效，各部门可查阅并申请共享。"
                                      "如发现有误，可随即用“编辑 → 撤销”（Ctrl+Z）退回到待审核。"),
                   &dialog);
    warning->setWordWrap(true);
    auto* label = new QLabel(ApprovalDialog::tr("审核意见（可选，记入流转记录）："), &dialog);
    auto* edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("approveCommentEdit"));
    edit->setPlaceholderText(ApprovalDialog::tr("例如：同意发布。"));
    edit->setTabChangesFocus(true);
    label->setBuddy(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("approveOkButton"));
    ok->setText(names.size() == 1 ? ApprovalDialog::tr("发布")
                                  : ApprovalDialog::tr("发布 %1 项").arg(names.size()));
    buttons->button(QDialogButtonBox::Cancel)->setText(ApprovalDialog::tr("取消"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(warning);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(460, 320);
    edit->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return edit->toPlainText().trimmed();
}

} // namespace govcat::ui
