#pragma once

#include <QString>

#include <array>

namespace govcat {

class Clock;

// Time-ordered UUID (version 7 layout, RFC 9562): 48-bit Unix milliseconds, then random bits.
// Rows created together sit together in the B-tree, which keeps bulk inserts fast.
QString newUuid();
QString newUuid(const Clock& clock);
// The v7 text form of a millisecond time and 10 further bytes (version and variant bits are set
// here). newUuid() fills them from the system RNG; the demo city from its seeded generator.
QString uuidV7(quint64 unixMillis, const std::array<unsigned char, 10>& random);

} // namespace govcat
