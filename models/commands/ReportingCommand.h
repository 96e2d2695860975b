#pragma once

#include <QString>
#include <QUndoCommand>

namespace govcat::models {

// An undo command whose undo() or redo() writes to the database and can fail: the main window
// shows lastError() after the undo stack moved.
class ReportingCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    // Empty when the last undo() or redo() succeeded; otherwise a message for the user.
    QString lastError() const { return m_lastError; }

    // Whether the command wrote this resource (an import or a bulk edit). Commands that check their
    // own rows when they undo (approvals, deleted drafts) say false.
    virtual bool wrote(const QString& resourceId) const
    {
        Q_UNUSED(resourceId);
        return false;
    }
    // A resource the command wrote was changed since outside the undo stack (saved, submitted or
    // reviewed in the resource window): its undo would overwrite that change, so it refuses.
    void markChangedElsewhere() { m_changedElsewhere = true; }

protected:
    void setLastError(const QString& message) { m_lastError = message; }
    bool changedElsewhere() const { return m_changedElsewhere; }
    void clearChangedElsewhere() { m_changedElsewhere = false; } // applied afresh by redo()

private:
    QString m_lastError;
    bool m_changedElsewhere = false;
};

} // namespace govcat::models
