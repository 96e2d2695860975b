#include "Clock.h"

#include <atomic>

namespace govcat {

namespace {
const SystemClock s_systemClock;
std::atomic<const Clock*> s_installed{nullptr};
} // namespace

const Clock& Clock::instance()
{
    const Clock* c = s_installed.load();
    return c ? *c : s_systemClock;
}

void Clock::install(const Clock* clock)
{
    s_installed.store(clock);
}

} // namespace govcat
