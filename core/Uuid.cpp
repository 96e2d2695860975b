#include "Uuid.h"

#include "Clock.h"

#include <QRandomGenerator>

#include <array>

namespace govcat {

QString newUuid()
{
    return newUuid(Clock::instance());
}

QString newUuid(const Clock& clock)
{
    const quint64 ms = quint64(clock.nowUtc().toMSecsSinceEpoch());
    std::array<quint32, 3> rnd{};
    QRandomGenerator::system()->fillRange(rnd.data(), rnd.size());
    std::array<unsigned char, 16> b{};
    for (int i = 0; i < 6; ++i) {
        b[size_t(i)] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    }
    for (size_t i = 0; i < 10; ++i) {
        b[6 + i] = static_cast<unsigned char>(rnd[i / 4] >> (8 * (i % 4)));
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x70); // version 7
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC variant
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

} // namespace govcat
