#pragma once

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

    QList<CatalogueEntry> catalogue(bool includeRetired = false) const;
    std::optional<CatalogueEntry> catalogueEntry(const QString &id) const;
    std::optional<CatalogueEntry> catalogueEntryByCode(const QString &code) const;
    // Adds an entry (empty id) or renames one; the organiser's own entries.
    Result saveCatalogueEntry(CatalogueEntry &entry);
    // A retired entry is no longer offered but stays on the measures that have it.
    Result retireCatalogueEntry(const QString &id);

    // Adds (empty id) or changes a measure; its status follows its dates.
    Result save(Measure &measure);
    std::optional<Measure> find(const QString &id) const;
    QList<Measure> measuresOfCase(const QString &caseId) const;
    Result end(const QString &measureId, const QDate &endedOn);
    Result refuse(const QString &measureId);

private:
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku
