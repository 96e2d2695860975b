#pragma once

namespace govcat::test {

// Time bounds in tests catch runaway work (quadratic loops, a limit not enforced), not speed. An
// AddressSanitizer build runs several times slower, and more so when ctest runs two such tests at
// once, so its bounds are this many times wider.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr int kTimeScale = 4;
#else
inline constexpr int kTimeScale = 1;
#endif

} // namespace govcat::test
