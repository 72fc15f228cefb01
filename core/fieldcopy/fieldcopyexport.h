#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tukipolku {

class Database;

// Writes the chosen families (their persons, cases, measures, logs,
// agreements, decisions, history and access log, and the workers, providers
// and catalogue entries they refer to) into one encrypted file for another
// installation, typically the laptop taken to home visits.
//
// The file is a Tukipolku database holding only those records, encrypted like
// a backup. Each exported record's version is remembered as the common base,
// so that importing the laptop's file later can tell who changed what.
class FieldCopyExport final {
    Q_DECLARE_TR_FUNCTIONS(FieldCopyExport)
public:
    struct Request {
        QStringList familyIds;
        QString target;   // must not exist
        QString password; // at least minimumPasswordLength characters
        QString workerId; // who exports, for the access log (empty on the command line)
        QString exportedBy; // a name for the file's description
    };
    static constexpr int minimumPasswordLength = 8;

    // A family offered for a field copy, with its children's names.
    struct Candidate {
        QString familyId;
        QString name;
        QString children;
    };
    // The families of the worker's open cases, and `alsoFamilyId` (the one in view) when given.
    static QList<Candidate> candidates(const Database &database, const QString &workerId,
                                       const QString &alsoFamilyId = {});

    // Writes the file; on failure nothing is left behind and the database is unchanged.
    static Result write(const Database &database, const Request &request);
};

} // namespace tukipolku
