#pragma once

#include "common/outcome.h"
#include "common/result.h"
#include "domain/organisation.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tukipolku {

// The unit's settings in organisation_settings, one row per field.
class OrganisationRepository final {
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)

public:
    OrganisationRepository(const QSqlDatabase &database, QString currentWorkerId);

    // The settings, or why they could not be read. Documents and the settings
    // pages use this: a letterhead or a saved page from a failed read would be wrong.
    Outcome<Organisation> read() const;
    // For what is only shown (a header, a name): a failed read shows empty fields.
    Organisation load() const;
    // Checks the e-mail addresses, then saves the fields that changed.
    Result save(const Organisation &organisation);

private:
    Result writeSetting(const QString &key, const QString &value);

    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku
