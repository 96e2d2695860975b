#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace govcat::models {

// Plain-language messages for errors that reach the user. The technical message stays in the log.
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)
public:
    static QString forOpen(const Error& error);
    // For a refused or failed edit, review step or save.
    static QString forEdit(const Error& error);
    // For a message that arrives as text (the item models report read failures so): shown when it is
    // a sentence written for people, otherwise logged and replaced by a Chinese sentence.
    static QString forText(const QString& message);
};

} // namespace govcat::models
