#pragma once

#include <QString>

#include <functional>

namespace tukipolku {

// Where a backup is written: a removable disk (a USB stick, a memory card, a
// disk on USB) can be lost with everything on it, so a backup there is always
// encrypted (asiakastietolaki 703/2023: client data is kept safe).
class BackupLocation final {
public:
    // True when `path` (a file or folder, existing or not) lies on a removable
    // or USB-attached disk, as far as this system tells.
    static bool isRemovable(const QString &path);

    // The rule behind it on Linux, readable with a test's own tree: the block
    // `device` (e.g. /dev/sdb1) is removable when the kernel says so under
    // `sysRoot` (/sys), or when it hangs on a USB bus.
    static bool isRemovableBlockDevice(const QString &device, const QString &sysRoot);

    // For tests: decides instead of the system while set (an empty function restores it).
    static void setDetectorForTesting(std::function<bool(const QString &path)> detector);
};

} // namespace tukipolku
