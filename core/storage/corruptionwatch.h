#pragma once

namespace tukipolku {

// Notices every "the file is damaged" that SQLite meets, whichever read or
// write met it: SQLite's error log is one place all of them pass through,
// where the window cannot check every list by hand. The window asks seen()
// and then runs the quick check (Database::confirmHealthy).
class CorruptionWatch final {
public:
    // Once, before the first connection opens (SQLite's log is set up with
    // the library). False when SQLite was already in use.
    static bool install();
    // Whether SQLite has met damage since the last reset().
    static bool seen();
    // How many times SQLite has met damage in all: a page compares it before
    // and after its reads to know that what it read is not whole.
    static int count();
    static void reset();
};

} // namespace tukipolku
