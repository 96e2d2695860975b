#include "ParallelDeflate.h"

#include <algorithm>
#include <zlib.h>

namespace govcat::io {

struct ParallelDeflate::Block
{
    std::vector<char> input;
    std::vector<char> output;
    bool last = false;
    bool done = false;
    bool ok = false;
    std::uint32_t crc = 0;
};

namespace {

// Deflates one block with `stream` (raw, reset before): a sync flush ends every block but the last,
// which ends the stream.
bool deflateBlock(z_stream& stream, const std::vector<char>& input, bool last, std::vector<char>& output)
{
    if (deflateReset(&stream) != Z_OK) {
        return false;
    }
    // deflateBound covers a finished stream; a sync flush adds at most an empty stored block (5
    // bytes) and the bits pending before it.
    output.resize(deflateBound(&stream, uLong(input.size())) + 16);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    stream.avail_in = uInt(input.size());
    stream.next_out = reinterpret_cast<Bytef*>(output.data());
    stream.avail_out = uInt(output.size());
    const int result = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    if ((last && result != Z_STREAM_END) || (!last && result != Z_OK) || stream.avail_in != 0) {
        return false;
    }
    output.resize(output.size() - stream.avail_out);
    return true;
}

} // namespace

ParallelDeflate::ParallelDeflate(int level, int threads, Sink sink, std::size_t blockSize)
    : m_level(level), m_blockSize(blockSize), m_maxPending(std::size_t(std::max(threads, 1)) * 2),
      m_sink(std::move(sink))
{
    m_input.reserve(m_blockSize);
    for (int i = 0; i < std::max(threads, 1); ++i) {
        m_threads.emplace_back([this] { work(); });
    }
}

ParallelDeflate::~ParallelDeflate()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_work.notify_all();
    for (std::thread& t : m_threads) {
        t.join();
    }
}

void ParallelDeflate::work()
{
    z_stream stream = {};
    const bool ready = deflateInit2(&stream, m_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    for (;;) {
        std::shared_ptr<Block> block;
        {
            std::unique_lock lock(m_mutex);
            m_work.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty()) {
                break;
            }
            block = m_queue.front();
            m_queue.pop_front();
        }
        const bool ok = ready && deflateBlock(stream, block->input, block->last, block->output);
        const auto crc = std::uint32_t(
            crc32(0, reinterpret_cast<const Bytef*>(block->input.data()), uInt(block->input.size())));
        {
            std::lock_guard lock(m_mutex);
            block->ok = ok;
            block->crc = crc;
            block->done = true;
        }
        m_done.notify_all();
    }
    if (ready) {
        deflateEnd(&stream);
    }
}

bool ParallelDeflate::write(const char* data, std::size_t size)
{
    while (size > 0 && !m_failed) {
        const std::size_t take = std::min(size, m_blockSize - m_input.size());
        m_input.insert(m_input.end(), data, data + take);
        data += take;
        size -= take;
        if (m_input.size() == m_blockSize && !submit(false)) {
            m_failed = true;
        }
    }
    return !m_failed;
}

bool ParallelDeflate::finish()
{
    if (m_failed || m_finished) {
        return false;
    }
    m_finished = true;
    if (!submit(true) || !drainTo(0)) {
        m_failed = true;
    }
    return !m_failed;
}

bool ParallelDeflate::submit(bool last)
{
    auto block = std::make_shared<Block>();
    block->input.swap(m_input);
    block->last = last;
    m_input.reserve(m_blockSize);
    {
        std::lock_guard lock(m_mutex);
        m_pending.push_back(block);
        m_queue.push_back(block);
    }
    m_work.notify_one();
    return drainTo(last ? 0 : m_maxPending - 1);
}

bool ParallelDeflate::drainTo(std::size_t pending)
{
    while (m_pending.size() > pending) {
        std::shared_ptr<Block> front = m_pending.front();
        {
            std::unique_lock lock(m_mutex);
            m_done.wait(lock, [&front] { return front->done; });
        }
        m_pending.pop_front();
        if (!front->ok || !m_sink(front->output.data(), front->output.size())) {
            return false;
        }
        m_crc = std::uint32_t(crc32_combine(m_crc, front->crc, z_off_t(front->input.size())));
        m_totalIn += front->input.size();
    }
    return true;
}

} // namespace govcat::io
