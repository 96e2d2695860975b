#pragma once

#include <QList>
#include <QString>

#include <random>

namespace govcat::demo {

// The demo's only source of randomness: std::mt19937's output sequence is fixed by the C++ standard,
// and the helpers below use no library distributions (whose results differ between implementations),
// so a seed gives the same city everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_engine(seed) {}

    quint32 next() { return quint32(m_engine()); }
    int below(int n) { return int((quint64(next()) * quint64(n)) >> 32); } // 0 ≤ r < n, n > 0
    bool perMille(int p) { return below(1000) < p; }
    int weighted(std::initializer_list<int> weights); // index, chance proportional to weight
    template <typename T> const T& pick(const QList<T>& list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937 m_engine;
};

// UUIDs in the version 7 layout like govcat::newUuid(), but reproducible: the 48-bit time field counts
// milliseconds up from a fixed instant (one per id, so ids sort in creation order and inserts append to
// the B-trees), the random bits come from a generator seeded with the demo seed.
class DemoIds
{
public:
    explicit DemoIds(quint32 seed);
    QString next();

private:
    quint64 m_millis;
    std::mt19937 m_engine;
};

} // namespace govcat::demo
