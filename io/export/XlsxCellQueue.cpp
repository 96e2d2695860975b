#include "XlsxCellQueue.h"

#include <xlsxwriter.h>

namespace govcat::io {

void XlsxCellBatch::addNumber(lxw_worksheet* sheet, int row, int column, double value)
{
    cells.push_back({sheet, std::uint32_t(row), std::uint16_t(column), true, value, 0});
}

void XlsxCellBatch::clear()
{
    cells.clear();
    texts.clear();
}

XlsxCellQueue::XlsxCellQueue(bool threaded)
{
    if (threaded) {
        m_thread = std::thread([this] { work(); });
    }
}

XlsxCellQueue::~XlsxCellQueue()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
}

std::optional<XlsxCellError> XlsxCellQueue::write(const XlsxCellBatch& batch)
{
    for (const XlsxCellBatch::Cell& c : batch.cells) {
        const lxw_error e =
            c.number ? worksheet_write_number(c.sheet, c.row, c.column, c.value, nullptr)
                     : worksheet_write_string(c.sheet, c.row, c.column, batch.texts.data() + c.text, nullptr);
        if (e != LXW_NO_ERROR) {
            return XlsxCellError{int(e), int(c.row)};
        }
    }
    return std::nullopt;
}

std::optional<XlsxCellError> XlsxCellQueue::push(XlsxCellBatch& batch)
{
    if (!m_thread.joinable()) {
        if (!m_error) {
            m_error = write(batch);
        }
        batch.clear();
        return m_error;
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_waiting.size() < kMaxWaiting; });
    m_waiting.push_back(std::move(batch));
    batch = XlsxCellBatch{};
    if (!m_spare.empty()) {
        batch = std::move(m_spare.back());
        m_spare.pop_back();
    }
    const std::optional<XlsxCellError> error = m_error;
    lock.unlock();
    m_changed.notify_all();
    return error;
}

std::optional<XlsxCellError> XlsxCellQueue::drain()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_waiting.empty() && !m_busy; });
    return m_error;
}

void XlsxCellQueue::work()
{
    for (;;) {
        XlsxCellBatch batch;
        bool failed = false;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_waiting.empty(); });
            if (m_waiting.empty()) {
                return;
            }
            batch = std::move(m_waiting.front());
            m_waiting.pop_front();
            m_busy = true;
            failed = m_error.has_value();
        }
        m_changed.notify_all(); // room for another batch
        const std::optional<XlsxCellError> error = failed ? std::nullopt : write(batch);
        batch.clear();
        {
            std::lock_guard lock(m_mutex);
            if (error && !m_error) {
                m_error = error;
            }
            m_busy = false;
            if (m_spare.size() < kMaxWaiting) {
                m_spare.push_back(std::move(batch));
            }
        }
        m_changed.notify_all();
    }
}

} // namespace govcat::io
