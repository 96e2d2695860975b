#include "XlsxCellQueue.h"

#include <QString>

#include <xlsxwriter.h>

namespace govcat::io {

namespace {

bool isDroppedControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
}

// Appends the cell's text to `out` as UTF-8 without the C0 control characters that XML 1.0 does not
// allow (all but tab, line feed and carriage return), without a terminating NUL. Byte for byte what
// QString::toUtf8 gives for the text without them: the loop encodes everything but surrogates itself
// and hands a text with any surrogate (a pair or a lone one) to toUtf8.
void appendCellUtf8(QStringView text, std::vector<char>& out)
{
    const std::size_t start = out.size();
    const qsizetype n = text.size();
    out.resize(start + std::size_t(n) * 3); // UTF-8 of a UTF-16 code unit outside surrogate pairs: ≤ 3 bytes
    char* p = out.data() + start;
    const char16_t* s = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            if (!isDroppedControl(c)) {
                *p++ = char(c);
            }
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (c < 0xD800 || c > 0xDFFF) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        } else {
            QString clean = text.toString();
            clean.removeIf([](QChar q) { return isDroppedControl(q.unicode()); });
            const QByteArray utf8 = clean.toUtf8();
            out.resize(start);
            out.insert(out.end(), utf8.cbegin(), utf8.cend());
            return;
        }
    }
    out.resize(std::size_t(p - out.data()));
}

} // namespace

void XlsxCellBatch::addNumber(lxw_worksheet* sheet, int row, int column, double value)
{
    cells.push_back({sheet, std::uint32_t(row), std::uint16_t(column), true, value, 0});
}

void XlsxCellBatch::addText(lxw_worksheet* sheet, int row, int column, QStringView text)
{
    cells.push_back(
        {sheet, std::uint32_t(row), std::uint16_t(column), false, 0.0, std::uint32_t(texts.size())});
    appendCellUtf8(text, texts);
    texts.push_back('\0');
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
