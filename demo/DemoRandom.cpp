#include "DemoRandom.h"

#include "core/Uuid.h"

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
    std::array<unsigned char, 10> random{};
    for (size_t i = 0; i < random.size(); i += 4) {
        const quint32 r = quint32(m_engine());
        for (size_t k = 0; k < 4 && i + k < random.size(); ++k) {
            random[i + k] = static_cast<unsigned char>(r >> (8 * k));
        }
    }
    return uuidV7(m_millis++, random);
}

} // namespace govcat::demo
