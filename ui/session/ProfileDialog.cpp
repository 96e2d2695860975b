#include "ProfileDialog.h"

#include "catalog/CatalogQueries.h"
#include "core/CodeLists.h"
#include "core/Uscc.h"
#include "core/Uuid.h"
#include "db/Database.h"
#include "db/ProfileRules.h"
#include "db/Repository.h"
#include "models/catalog/DepartmentListModel.h"
#include "models/common/ErrorMessages.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace govcat::ui {

ProfileDialog::ProfileDialog(db::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_name(new QLineEdit(this)), m_department(new QComboBox(this)),
      m_role(new QComboBox(this)), m_newDeptName(new QLineEdit(this)), m_newDeptUscc(new QLineEdit(this)),
      m_newDeptRegion(new QLineEdit(this)), m_error(new QLabel(this)), m_roleNote(new QLabel(this)),
      m_changesLabel(new QLabel(tr("角色和姓名的变更记录："), this)), m_changes(new QListWidget(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("本机用户 — govcat"));

    m_name->setObjectName(QStringLiteral("userNameLineEdit"));
    m_name->setPlaceholderText(tr("例如：张三"));
    m_department->setObjectName(QStringLiteral("departmentComboBox"));
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    // 管理员 is not offered at the first start (setProfile adds it when the profile is changed).
    for (const CodeEntry& role : codeList(CodeListId::Role).entries) {
        if (role.name != canonicalName(Role::Administrator)) {
            addRole(role.name);
        }
    }
    m_roleNote->setObjectName(QStringLiteral("roleNoteLabel"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setForegroundRole(QPalette::PlaceholderText);
    m_roleNote->setText(tr("本机角色只用于防止误操作；审核权限以市级平台为准。首次使用时不能选择管理员。"));

    catalog::CatalogQueries queries(m_database.connection());
    if (auto departments = queries.departments()) {
        models::DepartmentListModel::sortByPinyin(departments.value());
        for (const auto& d : departments.value()) {
            m_department->addItem(d.name, d.id);
        }
    }
    m_department->setEditable(false);

    auto* form = new QFormLayout;
    form->addRow(tr("姓名："), m_name);
    form->addRow(tr("所在部门："), m_department);
    form->addRow(tr("角色："), m_role);
    form->addRow(QString(), m_roleNote);

    auto* newDept = new QGroupBox(tr("登记本部门（数据库中尚无部门）"), this);
    newDept->setObjectName(QStringLiteral("newDepartmentGroupBox"));
    m_newDeptName->setObjectName(QStringLiteral("newDepartmentNameLineEdit"));
    m_newDeptName->setPlaceholderText(tr("例如：市政务服务数据管理局"));
    m_newDeptUscc->setObjectName(QStringLiteral("newDepartmentUsccLineEdit"));
    m_newDeptUscc->setMaxLength(18);
    m_newDeptUscc->setPlaceholderText(tr("18 位统一社会信用代码"));
    m_newDeptRegion->setObjectName(QStringLiteral("newDepartmentRegionLineEdit"));
    m_newDeptRegion->setMaxLength(6);
    m_newDeptRegion->setPlaceholderText(tr("6 位行政区划代码"));
    auto* deptForm = new QFormLayout(newDept);
    deptForm->addRow(tr("部门名称："), m_newDeptName);
    deptForm->addRow(tr("统一社会信用代码："), m_newDeptUscc);
    deptForm->addRow(tr("行政区划代码："), m_newDeptRegion);
    newDept->setVisible(registeringDepartment());
    m_department->setVisible(!registeringDepartment());
    form->labelForField(m_department)->setVisible(!registeringDepartment());

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveProfilePushButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("确定"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* intro = new QLabel(tr("请填写在本机使用该数据库的人员信息。每一项修改都会记录操作人。"), this);
    intro->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("profileChangesList"));
    m_changes->setMaximumHeight(120);
    m_changesLabel->hide();
    m_changes->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(newDept);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changes);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ProfileDialog::addRole(const QString& name)
{
    const CodeEntry* entry = codeList(CodeListId::Role).findName(name);
    const bool english = QLocale().language() == QLocale::English;
    m_role->addItem(entry && english ? entry->english : name, name);
}

void ProfileDialog::showChanges()
{
    m_changes->clear();
    auto changes = db::ProfileStore(m_database.connection()).changes();
    if (!changes) {
        return;
    }
    const auto when = [](const QString& iso) {
        QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!t.isValid()) {
            t = QDateTime::fromString(iso, Qt::ISODate);
        }
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
    };
    for (const db::ProfileChange& c : changes.value()) {
        QString what;
        if (c.field == QLatin1String("role")) {
            what = c.from.isEmpty() ? tr("角色：首次登记为 %1").arg(c.to)
                                    : tr("角色：%1 → %2").arg(c.from, c.to);
        } else if (c.field == QLatin1String("user_name")) {
            if (c.from.isEmpty()) {
                continue; // the first start: the role line says it
            }
            what = tr("姓名：%1 → %2").arg(c.from, c.to);
        } else {
            continue; // a department change: the department list names it, not the record
        }
        m_changes->addItem(tr("%1　%2（操作人：%3）").arg(when(c.at), what, c.by));
    }
    m_changesLabel->setVisible(m_changes->count() > 0);
    m_changes->setVisible(m_changes->count() > 0);
}

void ProfileDialog::setProfile(const db::LocalProfile& profile)
{
    setWindowTitle(tr("修改本机用户 — govcat"));
    // A deliberate change may name an administrator; it is recorded and listed below.
    if (m_role->findData(canonicalName(Role::Administrator)) < 0) {
        addRole(canonicalName(Role::Administrator));
    }
    m_roleNote->setText(
        tr("本机角色只用于防止误操作；审核权限以市级平台为准。角色的每次修改都会记录在下方。"));
    showChanges();
    m_name->setText(profile.userName);
    if (const int dept = m_department->findData(profile.deptId); dept >= 0) {
        m_department->setCurrentIndex(dept);
    }
    if (const int role = m_role->findData(profile.role); role >= 0) {
        m_role->setCurrentIndex(role);
    }
}

QString ProfileDialog::usccProblem(const QString& uscc)
{
    switch (validateUscc(uscc)) {
    case UsccError::None:
        return {};
    case UsccError::Length:
        return tr("统一社会信用代码无效：应为 18 位，现为 %1 位。").arg(uscc.size());
    case UsccError::Character:
        return tr("统一社会信用代码无效：只能包含数字和除 I、O、S、V、Z 以外的大写字母。");
    case UsccError::RegistrationAuthority:
    case UsccError::OrganizationCategory:
        return tr("统一社会信用代码无效：第 1–2 位（登记管理部门码、机构类别码）不是有效组合。");
    case UsccError::RegionCode:
        return tr("统一社会信用代码无效：第 3–8 位应为 6 位行政区划代码。");
    case UsccError::CheckCharacter:
        return tr("统一社会信用代码无效：第 18 位校验码不符合 GB 32100，按前 17 "
                  "位应为“%1”。请核对后重新输入。")
            .arg(usccCheckCharacter(QStringView(uscc).left(17)));
    }
    return {};
}

bool ProfileDialog::registeringDepartment() const
{
    return m_department->count() == 0;
}

void ProfileDialog::save()
{
    QString problem;
    const QString name = m_name->text().trimmed();
    QString deptId = m_department->currentData().toString();
    QString deptName = m_department->currentText();
    if (db::checkUserName(name) == db::ProfileProblem::NoName) { // the rule govcat profile shares
        problem = tr("请填写姓名。");
    } else if (registeringDepartment()) {
        const QString uscc = normalizeUscc(m_newDeptUscc->text());
        if (m_newDeptName->text().trimmed().isEmpty()) {
            problem = tr("请填写部门名称。");
        } else if (const QString why = usccProblem(uscc); !why.isEmpty()) {
            problem = why;
        } else if (!QRegularExpression(QStringLiteral("^\\d{6}$"))
                        .match(m_newDeptRegion->text())
                        .hasMatch()) {
            problem = tr("行政区划代码应为 6 位数字。");
        } else {
            deptId = newUuid();
            deptName = m_newDeptName->text().trimmed();
            db::Repository repo(m_database.connection(), {name, deptId, m_role->currentData().toString()});
            auto inserted = repo.insert(QStringLiteral("department"),
                                        {{QStringLiteral("id"), deptId},
                                         {QStringLiteral("owner_dept_id"), deptId},
                                         {QStringLiteral("name"), deptName},
                                         {QStringLiteral("uscc"), uscc},
                                         {QStringLiteral("region_code"), m_newDeptRegion->text()},
                                         {QStringLiteral("level"), QStringLiteral("市")}},
                                        QStringLiteral("登记部门"));
            if (!inserted) {
                problem = tr("无法保存部门：%1").arg(models::ErrorMessages::forEdit(inserted.error()));
            }
        }
    }
    if (problem.isEmpty()) {
        m_profile = {name, deptId, deptName, m_role->currentData().toString()};
        if (auto saved = db::ProfileStore(m_database.connection()).save(m_profile); !saved) {
            problem = tr("无法保存用户信息：%1").arg(models::ErrorMessages::forEdit(saved.error()));
        }
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    accept();
}

} // namespace govcat::ui
