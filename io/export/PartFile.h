#pragma once

#include "core/Result.h"

#include <QString>

namespace govcat::io {

// A file govcat writes (an export, an error report, a data call kit) holds catalog data in plain
// text, so it is written the same way every time:
//   - under a temporary name beside the target, ".govcat-<name>.<random>.part" in the same folder
//     (the final rename stays on one file system, and temporary data stays where the user chose to
//     put the file, not in the system's temporary folder);
//   - created with mode 0600 whatever the umask (the owner may widen it afterwards);
//   - locked (flock) while it is written, and removed on every path that returns: a failure, a
//     cancel, an exception, the PartFile going away uncommitted;
//   - renamed over the target when complete. A file that was there is replaced by the new file, so
//     the result is 0600 even where the old file was readable by others (the content is new, and a
//     permission given for the old content is not carried over to it).
// A process killed outright (kill -9, a power cut) leaves its part behind, 0600. The next PartFile
// created in that folder removes every ".govcat-*.part" there that belongs to the user and that no
// running govcat holds locked (removeStaleParts).
class PartFile
{
public:
    explicit PartFile(QString target);
    ~PartFile();
    PartFile(const PartFile&) = delete;
    PartFile& operator=(const PartFile&) = delete;

    // Removes stale parts in the target's folder, then creates the part, empty, 0600, locked.
    Result<void> create();
    const QString& path() const { return m_path; } // empty before create()
    const QString& target() const { return m_target; }
    // Renames the part over the target; afterwards the PartFile owns nothing.
    Result<void> commit();
    // Removes the part (also done by the destructor when not committed).
    void discard();

    static constexpr const char* kPrefix = ".govcat-";
    static constexpr const char* kSuffix = ".part";

private:
    QString m_target;
    QString m_path;
    int m_lock = -1; // the part's descriptor holding the flock
};

// Removes the ".govcat-*.part" files in `folder` that are regular files owned by this user and not
// locked by a running export; returns how many. A part that cannot be locked for another reason (a
// file system without locks) is left alone.
int removeStaleParts(const QString& folder);

// Opens (creating or truncating) `path` for writing with mode 0600 whatever the umask, without
// following a symbolic link at `path`; a file that existed is narrowed to 0600 too. Returns the
// descriptor (the caller closes it) or -1 with errno set.
int openPrivateFile(const QString& path, bool exclusive);

} // namespace govcat::io
