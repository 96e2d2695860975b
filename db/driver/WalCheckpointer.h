#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace govcat::db {

class SecureBytes;

// Copies the write-ahead log into the database file on a thread of its own, over a second
// connection keyed like the writer's, so that the commit of a large transaction (an import writes
// tens of thousands of pages) does not also wait for the copy: SQLite's automatic checkpoint runs
// inside the committing call. The writer's WAL hook wakes the thread once the log holds
// kWakePages pages (SQLite's own threshold); its PASSIVE checkpoints never block readers or the
// writer. Stopping (the destructor) joins the thread and closes its connection, and gives the
// writer back SQLite's automatic checkpoint; the writer, closing last, checkpoints what is left.
class WalCheckpointer
{
public:
    static constexpr int kWakePages = 1000;

    // Opens the second connection on `path` (which `writer` has open in WAL mode) with the raw key
    // and the cipher page size, proves the key, and starts the thread. Null when that fails: the
    // writer then keeps SQLite's automatic checkpoint.
    static std::unique_ptr<WalCheckpointer> start(const char* path, const SecureBytes& key,
                                                  int cipherPageSize, sqlite3* writer);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Checkpoints finished by the thread so far (for tests).
    int checkpoints() const;

private:
    WalCheckpointer(sqlite3* writer, sqlite3* connection);
    static int walHook(void* self, sqlite3* db, const char* schema, int pages);
    void run();

    sqlite3* m_writer;
    sqlite3* m_connection;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false;
    bool m_stop = false;
    int m_done = 0;
    std::thread m_thread;
};

} // namespace govcat::db
