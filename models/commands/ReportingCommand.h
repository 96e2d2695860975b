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

protected:
    void setLastError(const QString& message) { m_lastError = message; }

private:
    QString m_lastError;
};

} // namespace govcat::models
