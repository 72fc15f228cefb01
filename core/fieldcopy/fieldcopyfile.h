#pragma once

#include <QString>

namespace tukipolku {

// The parts of a field copy file that both ends agree on.
struct FieldCopyFile {
    // The table that tells a field copy from a backup: who made it and when.
    static inline const QString infoTable = QStringLiteral("field_copy_info");
    // The file name ending offered by the program.
    static inline const QString suffix = QStringLiteral("tpfield");
};

} // namespace tukipolku
