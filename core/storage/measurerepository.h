#pragma once

#include "common/outcome.h"
#include "common/result.h"
#include "domain/measure.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tukipolku {

// The measure catalogue and the measures given to children. Every change is
// checked by MeasureRules and kept in the case's history.
class MeasureRepository final {
    Q_DECLARE_TR_FUNCTIONS(MeasureRepository)

public:
    MeasureRepository(const QSqlDatabase &database, QString currentWorkerId);

    // A read that failed is a failure, never a shorter catalogue.
    Outcome<QList<CatalogueEntry>> catalogue(bool includeRetired = false) const;
    Outcome<CatalogueEntry> catalogueEntry(const QString &id) const;
    Outcome<CatalogueEntry> catalogueEntryByCode(const QString &code) const;
    // Adds an entry (empty id) or renames one; the organiser's own entries.
    Result saveCatalogueEntry(CatalogueEntry &entry);
    // A retired entry is no longer offered but stays on the measures that have it.
    Result retireCatalogueEntry(const QString &id);

    // Adds (empty id) or changes a measure; its status follows its dates.
    Result save(Measure &measure);
    Outcome<Measure> find(const QString &id) const;
    Outcome<QList<Measure>> measuresOfCase(const QString &caseId) const;
    Result end(const QString &measureId, const QDate &endedOn);
    Result refuse(const QString &measureId);

private:
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku
