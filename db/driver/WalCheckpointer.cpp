#include "db/driver/WalCheckpointer.h"

#include "db/driver/CipherSupport.h"
#include "db/driver/SecureBytes.h"

#include <sqlite3.h>

namespace govcat::db {

std::unique_ptr<WalCheckpointer> WalCheckpointer::start(const char* path, const SecureBytes& key,
                                                        int cipherPageSize, sqlite3* writer)
{
    sqlite3* connection = nullptr;
    if (sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        sqlite3_close_v2(connection);
        return nullptr;
    }
    const QByteArray pageSize =
        QByteArrayLiteral("PRAGMA cipher_page_size = ") + QByteArray::number(cipherPageSize);
    // The key is proven by reading the schema, as the writer's was.
    if (cipher::applyKey(connection, key) != SQLITE_OK ||
        sqlite3_exec(connection, pageSize.constData(), nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_exec(connection, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) !=
            SQLITE_OK) {
        sqlite3_close_v2(connection);
        return nullptr;
    }
    std::unique_ptr<WalCheckpointer> checkpointer(new WalCheckpointer(writer, connection));
    sqlite3_wal_hook(writer, &WalCheckpointer::walHook, checkpointer.get());
    return checkpointer;
}

WalCheckpointer::WalCheckpointer(sqlite3* writer, sqlite3* connection)
    : m_writer(writer), m_connection(connection), m_thread([this] { run(); })
{}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(m_writer, kWakePages); // replaces the hook
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_close_v2(m_connection);
}

int WalCheckpointer::checkpoints() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_done;
}

int WalCheckpointer::walHook(void* self, sqlite3* /*db*/, const char* /*schema*/, int pages)
{
    if (pages >= kWakePages) {
        auto* checkpointer = static_cast<WalCheckpointer*>(self);
        {
            const std::lock_guard<std::mutex> lock(checkpointer->m_mutex);
            checkpointer->m_wanted = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_wanted || m_stop; });
        if (m_stop) {
            return;
        }
        m_wanted = false;
        lock.unlock();
        // PASSIVE: copies what no reader still needs and gives up on locks instead of waiting; a
        // busy log is copied at the next wake or by the writer when it closes.
        sqlite3_wal_checkpoint_v2(m_connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        ++m_done;
    }
}

} // namespace govcat::db
