#pragma once

#include <QString>

namespace govcat {

class Clock;

// Time-ordered UUID (version 7 layout, RFC 9562): 48-bit Unix milliseconds, then random bits.
// Rows created together sit together in the B-tree, which keeps bulk inserts fast.
QString newUuid();
QString newUuid(const Clock& clock);

} // namespace govcat
