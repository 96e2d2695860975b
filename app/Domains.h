#pragma once

namespace govcat::app {

// Registers every domain this program has with db::Domains. Runs once before main() in every
// executable that links app_domains (the app, the tests, the benchmarks); calling it again is harmless.
void registerDomains();

} // namespace govcat::app
