#pragma once

namespace govcat::app {

// Keeps secrets out of crash dumps: no core file (RLIMIT_CORE 0, soft and hard) and the process not
// dumpable (PR_SET_DUMPABLE 0), which also stops a core_pattern pipe helper from receiving a dump and
// other processes of the same user from attaching with ptrace or reading /proc/PID/mem and environ.
// Called first thing in main(), before any passphrase is read. Returns false if either call failed
// (the other one still applies).
bool disableCoreDumps();

} // namespace govcat::app
