#include "fieldcopycommands.h"

#include "commandline.h"

#include "fieldcopy/fieldcopyexport.h"
#include "fieldcopy/fieldcopyimport.h"
#include "fieldcopy/fieldlabels.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cstdio>

namespace tukipolku::app {

namespace {
class FieldCopyCommands final {
    Q_DECLARE_TR_FUNCTIONS(FieldCopyCommands)
};

bool openDatabase(Database &database, const QString &path)
{
    if (database.open(path))
        return true;
    printLine(stderr, database.error().message());
    return false;
}

// What --import prints goes to a terminal and often a log file: identity
// codes (a refused person's, a conflict in the code itself) are left out.
QString withoutIdentityCodes(QString text)
{
    static const QRegularExpression code(QStringLiteral("\\b\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    return text.replace(code, QStringLiteral("******-****"));
}

// The conflicts side by side, for the person who resolves them in the program.
void printConflicts(const QList<FieldCopyConflict> &conflicts)
{
    printLine(stdout, FieldCopyCommands::tr("%n record(s) changed both here and in the field copy; they were left as "
                                        "they are here. Import the file in the program (File ▸ Import a Field Copy) "
                                        "to choose which version to keep:",
                                        nullptr, int(conflicts.size())));
    for (const FieldCopyConflict &conflict : conflicts) {
        printLine(stdout, withoutIdentityCodes(
                              QStringLiteral("  %1: %2").arg(FieldLabels::recordKind(conflict.table), conflict.description)));
        for (const FieldDifference &difference : conflict.differences)
            printLine(stdout, withoutIdentityCodes(FieldCopyCommands::tr("    %1: here \"%2\", in the field copy \"%3\"")
                                                       .arg(FieldLabels::field(conflict.table, difference.column),
                                                            difference.here, difference.there)));
    }
}
} // namespace

int runExportFamilies(const QString &databasePath, const QString &familyIds, const QString &output,
                      const QString &password)
{
    if (output.isEmpty()) {
        printLine(stderr, FieldCopyCommands::tr("Give the file to write with --output FILE.tpfield."));
        return 2;
    }
    if (password.isEmpty()) {
        printLine(stderr, FieldCopyCommands::tr("A field copy is always encrypted: give the password with --password-file F."));
        return 2;
    }
    Database database;
    if (!openDatabase(database, databasePath))
        return 1;
    FieldCopyExport::Request request;
    request.familyIds = familyIds.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &id : request.familyIds)
        id = id.trimmed();
    request.target = output;
    request.password = password;
    request.exportedBy = FieldCopyCommands::tr("command line");
    if (const Result written = FieldCopyExport::write(database, request); !written) {
        printLine(stderr, written.message());
        return 1;
    }
    printLine(stdout, FieldCopyCommands::tr("Wrote the field copy %1 of %n family(ies).", nullptr,
                                        int(request.familyIds.size()))
                      .arg(QDir::toNativeSeparators(output)));
    return 0;
}

int runImportFieldCopy(const QString &databasePath, const QString &file, const QString &password)
{
    if (password.isEmpty()) {
        printLine(stderr, FieldCopyCommands::tr("A field copy is always encrypted: give the password with --password-file F."));
        return 2;
    }
    Database database;
    if (!openDatabase(database, databasePath))
        return 1;
    FieldCopyImport import(database);
    if (const Result read = import.read(file, password); !read) {
        printLine(stderr, withoutIdentityCodes(read.message()));
        return 1;
    }
    const FieldCopySummary summary = import.summary();
    const QList<FieldCopyConflict> conflicts = import.conflicts();
    if (const Result applied = import.apply({}, {}); !applied) {
        printLine(stderr, applied.message());
        return 1;
    }
    printLine(stdout, FieldCopyCommands::tr("Imported %1: %2 new, %3 changed in the field copy, %4 kept as changed here, "
                                        "%5 unchanged.")
                      .arg(QDir::toNativeSeparators(file))
                      .arg(summary.added)
                      .arg(summary.taken)
                      .arg(summary.keptHere)
                      .arg(summary.unchanged));
    for (const QString &refused : summary.refused)
        printLine(stdout, QStringLiteral("  ") + withoutIdentityCodes(refused));
    if (!conflicts.isEmpty())
        printConflicts(conflicts);
    return conflicts.isEmpty() && summary.refused.isEmpty() ? 0 : 2;
}

} // namespace tukipolku::app
