#include "Uuid.h"

#include "Clock.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace govcat {

QString newUuid()
{
    return newUuid(Clock::instance());
}

QString newUuid(const Clock& clock)
{
    std::array<quint32, 3> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    std::array<unsigned char, 10> random{};
    for (size_t i = 0; i < random.size(); ++i) {
        random[i] = static_cast<unsigned char>(words[i / 4] >> (8 * (i % 4)));
    }
    return uuidV7(quint64(clock.nowUtc().toMSecsSinceEpoch()), random);
}

QString uuidV7(quint64 unixMillis, const std::array<unsigned char, 10>& random)
{
    std::array<unsigned char, 16> b{};
    for (size_t i = 0; i < 6; ++i) {
        b[i] = static_cast<unsigned char>(unixMillis >> (8 * (5 - i)));
    }
    std::copy(random.begin(), random.end(), b.begin() + 6);
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

} // namespace govcat
