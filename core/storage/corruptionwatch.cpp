#include "storage/corruptionwatch.h"

#include <sqlite3.h>

#include <atomic>

namespace tukipolku {

namespace {
std::atomic_bool damageSeen{false};
std::atomic_int damageCount{0};

// Called by SQLite for each error it logs, from any thread.
void logged(void *, int code, const char *)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    {
        damageSeen.store(true, std::memory_order_relaxed);
        damageCount.fetch_add(1, std::memory_order_relaxed);
    }
}
} // namespace

bool CorruptionWatch::install()
{
    return sqlite3_config(SQLITE_CONFIG_LOG, &logged, nullptr) == SQLITE_OK;
}

bool CorruptionWatch::seen()
{
    return damageSeen.load(std::memory_order_relaxed);
}

int CorruptionWatch::count()
{
    return damageCount.load(std::memory_order_relaxed);
}

void CorruptionWatch::reset()
{
    damageSeen.store(false, std::memory_order_relaxed);
}

} // namespace tukipolku
