#pragma once

#include <QStringView>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

struct lxw_worksheet;

namespace govcat::io {

// Cells bound for libxlsxwriter, their texts converted to UTF-8 on the caller's thread, in the order
// they are to be written.
struct XlsxCellBatch
{
    struct Cell
    {
        lxw_worksheet* sheet;
        std::uint32_t row;
        std::uint16_t column;
        bool number;
        double value;       // number cells
        std::uint32_t text; // string cells: offset of the NUL-terminated UTF-8 in `texts`
    };
    std::vector<Cell> cells;
    std::vector<char> texts;

    void addNumber(lxw_worksheet* sheet, int row, int column, double value);
    // The text as UTF-8 without the C0 control characters XML 1.0 does not allow.
    void addText(lxw_worksheet* sheet, int row, int column, QStringView text);
    void clear();
};

// A failed libxlsxwriter call: its lxw_error and the cell's row.
struct XlsxCellError
{
    int code;
    int row;
};

// Makes the libxlsxwriter calls of each batch, in order: on a second thread when the machine has a
// second core (so that reading the catalog and building its cell texts overlap with libxlsxwriter's
// per-cell work), else at once on the caller's thread. At most kMaxWaiting batches wait (constant memory);
// the worksheets are touched only by one thread at a time, and by none after drain() returns. After
// the first failure the remaining cells are dropped and the error is kept.
class XlsxCellQueue
{
public:
    explicit XlsxCellQueue(bool threaded);
    ~XlsxCellQueue(); // waits for the cells queued so far
    XlsxCellQueue(const XlsxCellQueue&) = delete;
    XlsxCellQueue& operator=(const XlsxCellQueue&) = delete;

    // Takes the batch's cells (leaving `batch` empty for reuse); the first error so far, if any.
    std::optional<XlsxCellError> push(XlsxCellBatch& batch);
    std::optional<XlsxCellError> drain(); // every pushed cell written (or dropped after an error)

    static constexpr std::size_t kBatchCells = 8192;
    static constexpr std::size_t kMaxWaiting = 2; // batches queued (8 made no difference)

private:
    static std::optional<XlsxCellError> write(const XlsxCellBatch& batch);
    void work();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<XlsxCellBatch> m_waiting;
    std::vector<XlsxCellBatch> m_spare; // written batches, their buffers kept for reuse
    bool m_busy = false;                // the thread is writing a batch taken from m_waiting
    bool m_stop = false;
    std::optional<XlsxCellError> m_error;
    std::thread m_thread;
};

} // namespace govcat::io
