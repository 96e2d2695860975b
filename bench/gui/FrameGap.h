#pragma once

#include <QStringList>

namespace govcat::bench {

// govcat_bench_gui framegap: the longest gap between the GUI thread's 16 ms timer ticks while an
// export runs (bench/gui/FrameGap.cpp).
int runFrameGap(const QStringList& arguments);

} // namespace govcat::bench
