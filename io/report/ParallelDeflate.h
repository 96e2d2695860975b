#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace govcat::io {

// One raw deflate stream (RFC 1951, as a zip entry holds it) compressed on several threads: the
// input is cut into blocks that are deflated independently, each but the last ending on a sync flush
// (byte-aligned, not final), so that their outputs joined in order are one valid stream. Written to
// the sink in input order; at most 2 × threads blocks are held at a time (constant memory). The
// CRC-32 of the whole input is kept for the zip entry. Exporting the 100,000-resource demo deflates
// 873 MB of sheet XML: on two cores the second one does half of it (docs/PERFORMANCE.md).
class ParallelDeflate
{
public:
    using Sink = std::function<bool(const char* data, std::size_t size)>; // false: stop, report failure

    ParallelDeflate(int level, int threads, Sink sink, std::size_t blockSize = std::size_t(1) << 20);
    ~ParallelDeflate(); // stops the threads; an unfinished stream is dropped
    ParallelDeflate(const ParallelDeflate&) = delete;
    ParallelDeflate& operator=(const ParallelDeflate&) = delete;

    bool write(const char* data, std::size_t size); // false once the sink or zlib failed
    bool finish();                                  // the last block, then everything to the sink

    std::uint64_t totalIn() const { return m_totalIn; }
    std::uint32_t crc() const { return m_crc; }

private:
    struct Block;
    bool submit(bool last);
    bool drainTo(std::size_t pending); // writes finished blocks until at most `pending` remain
    void work();

    const int m_level;
    const std::size_t m_blockSize;
    const std::size_t m_maxPending;
    Sink m_sink;
    std::vector<char> m_input;                    // the block being filled
    std::deque<std::shared_ptr<Block>> m_pending; // submitted, in input order
    std::deque<std::shared_ptr<Block>> m_queue;   // not yet taken by a thread
    std::mutex m_mutex;
    std::condition_variable m_work; // a block was queued, or stop
    std::condition_variable m_done; // a block was compressed
    bool m_stop = false;
    bool m_failed = false;
    bool m_finished = false;
    std::uint64_t m_totalIn = 0;
    std::uint32_t m_crc = 0;
    std::vector<std::thread> m_threads;
};

} // namespace govcat::io
