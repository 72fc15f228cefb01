#pragma once

#include "common/outcome.h"
#include "common/result.h"
#include "domain/provider.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tukipolku {

struct ProviderCsvRow;
class RecordWriter;

// A provider's child now or earlier, for the registry page.
struct ProviderAssignment {
    QString measureId;
    QString caseId;
    QString caseNumber;
    QString childName;
    QDate start;
    QDate end; // ended or planned end
    bool current = false;
};

// A provider offered for a child, with why it is or is not a good match.
struct ProviderMatch {
    Provider provider;
    int children = 0; // current children
    bool freeCapacity = false;
    bool sharedLanguage = false;
    bool suitableAge = false;
};

// What an import did.
struct ProviderImport {
    int added = 0;
    int duplicates = 0; // already in the registry: same identity code, or same kind and name
};

// The registry of support families, support persons and family workers.
class ProviderRepository final {
    Q_DECLARE_TR_FUNCTIONS(ProviderRepository)

public:
    ProviderRepository(const QSqlDatabase &database, QString currentWorkerId);

    Result save(Provider &provider);
    Outcome<Provider> find(const QString &id) const;
    // By the start of the name, of a kind and status (nullopt: any), at most `limit`.
    Outcome<QList<Provider>> search(const QString &text, std::optional<ProviderKind> kind,
                                    std::optional<ProviderStatus> status, int limit = 500) const;
    Outcome<QList<ProviderAssignment>> assignments(const QString &providerId) const;
    Outcome<int> currentChildren(const QString &providerId) const;
    // Active providers of `kind`, free capacity and a shared language first.
    Outcome<QList<ProviderMatch>> matches(ProviderKind kind, const QString &childLanguage, int childAge) const;
    // The months after which a criminal record extract is renewed (organisation setting, default 60).
    int criminalRecordIntervalMonths() const;
    Result setCriminalRecordIntervalMonths(int months);
    Result importRows(const QList<ProviderCsvRow> &rows, ProviderImport &outcome);

private:
    bool isDuplicate(const Provider &provider) const;
    // Writes a provider whose rules and identity code have been checked.
    Result write(Provider &provider, RecordWriter &writer);
    // The keys the import's duplicate check compares, read once per import.
    static QString nameKey(const QString &kindCode, const QString &name);

    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku
