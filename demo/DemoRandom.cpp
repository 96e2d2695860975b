#include "DemoRandom.h"

#include <array>

namespace govcat::demo {

int DemoRandom::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights) {
        total += w;
    }
    int r = below(total);
    int index = 0;
    for (int w : weights) {
        if (r < w) {
            return index;
        }
        r -= w;
        ++index;
    }
    return index - 1;
}

DemoIds::DemoIds(quint32 seed)
    : m_millis(1704067200000ULL) // 2024-01-01T00:00:00Z
      ,
      m_engine(seed ^ 0x5bd1e995U)
{}

QString DemoIds::next()
{
    const quint64 ms = m_millis++;
    std::array<unsigned char, 16> b{};
    for (size_t i = 0; i < 6; ++i) {
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    }
    for (size_t i = 6; i < 16; i += 4) {
        const quint32 r = quint32(m_engine());
        for (size_t k = 0; k < 4 && i + k < 16; ++k) {
            b[i + k] = static_cast<unsigned char>(r >> (8 * k));
        }
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x70); // version 7
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC 9562 variant
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            out += QLatin1Char('-');
        }
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0F]);
    }
    return out;
}

} // namespace govcat::demo
