#pragma once

#include <QDateTime>

namespace govcat {

// Every "now" in govcat comes from a Clock so that deadlines and journals can be tested.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide clock: the system clock unless a test installed another.
    static const Clock& instance();
    static void install(const Clock* clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace govcat
