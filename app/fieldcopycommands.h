#pragma once

#include <QString>

namespace tukipolku::app {

// --export-families ID[,ID…] --output FILE: the families into an encrypted
// field copy. Returns the exit code (0 written, 1 failed).
int runExportFamilies(const QString &databasePath, const QString &familyIds, const QString &output,
                      const QString &password);

// --import FILE: merges a field copy into the database. Returns 0 when all of
// it went in, 2 when conflicts or refused records need a person (printed as a
// report; everything else went in), 1 when nothing could be imported.
int runImportFieldCopy(const QString &databasePath, const QString &file, const QString &password);

} // namespace tukipolku::app
