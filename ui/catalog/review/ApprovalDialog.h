#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace govcat::ui {

// Asks the reviewer to confirm publishing these resources (by name), with an optional review
// comment that goes into the transition record. The comment (possibly empty) when confirmed,
// nullopt when cancelled. objectNames: approveDialog, approveCommentEdit (QPlainTextEdit),
// approveOkButton (发布 / 发布 N 项).
std::optional<QString> askApproval(QWidget* parent, const QStringList& names);

} // namespace govcat::ui
