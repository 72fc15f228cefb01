#pragma once

#include "common/result.h"
#include "common/clock.h"
#include "domain/clientcase.h"
#include "domain/agreement.h"
#include "domain/compensation.h"
#include "domain/decision.h"
#include "domain/family.h"
#include "domain/measure.h"
#include "domain/measurelog.h"
#include "domain/organisation.h"
#include "domain/provider.h"
#include "domain/worker.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>
#include <random>

namespace tukipolku {

class Database;

struct DemoOptions {
    int families = 1000;
    quint32 seed = 1;
    QDate today = Clock::today();
};

// A generated measure with its log.
struct DemoMeasure {
    Measure measure;
    QList<CareDays> stays;
    QList<Meeting> meetings;
    QList<Visit> visits;
    std::optional<Agreement> agreement; // support family and support person
    QList<Decision> decisions;          // in the order they were made
    QList<DecisionRecipient> recipients; // whom the issued ones were served on, and how
};

// One generated household with its cases and their measures.
struct DemoFamily {
    Family family;
    QList<ClientCase> cases;
    QList<DemoMeasure> measures;
};

// Fictional demo data: Finnish- and Swedish-speaking families, identity codes
// only from the temporary range 900–999, cases at every stage of the pathway
// with realistic dates (some deadlines overdue, some on holidays). The same
// seed and day give the same data.
class DemoGenerator final {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    explicit DemoGenerator(const DemoOptions &options);

    QList<Worker> workers();
    QList<Provider> providers();
    QList<CompensationRate> rates() const;
    // A fictional organiser, unit and board.
    static Organisation organisation();
    // The catalogue's ids by code (from the database the data goes to).
    void setCatalogue(const QHash<QString, QString> &idsByCode) { m_catalogue = idsByCode; }
    DemoFamily nextFamily();

    // Fills an empty database; refuses one that already holds families.
    static Result fill(const Database &database, const DemoOptions &options,
                       const std::function<void(int done)> &progress = {});

private:
    int pick(int count);
    bool chance(double probability);
    QString id();
    QDate randomDate(const QDate &from, const QDate &to);
    Person makePerson(const QString &lastName, bool swedish, bool female, const QDate &birth);
    // `person` living at `from`'s address, or at a new fictional one.
    Person withAddress(Person person, const std::optional<Person> &from = std::nullopt);
    ClientCase makeCase(const DemoFamily &family, const Person &child);
    void advanceCase(ClientCase &clientCase);
    ContactReason commonReason();
    // The notifier's details and the answer to the police-report question.
    void describeNotifier(Initiation &initiation);
    // Notifications received after the case was opened, for some clients.
    void addLaterNotifications(ClientCase &clientCase);
    void addMeasures(DemoFamily &family, const ClientCase &clientCase);
    DemoMeasure makeMeasure(const ClientCase &clientCase, const QString &code, ProviderKind kind);
    void addLog(DemoMeasure &demo, InDepthType type);
    void addDocuments(DemoMeasure &demo, const ClientCase &clientCase, InDepthType type);
    QString providerOf(ProviderKind kind, bool current);

    DemoOptions m_options;
    std::mt19937 m_random;
    QList<Worker> m_workers;
    QList<Provider> m_providers;
    QHash<QString, qsizetype> m_providerRows; // a provider's place in m_providers by id (thousands of them)
    QHash<QString, QString> m_catalogue;
    QHash<QString, int> m_load; // current children per provider
    QHash<QString, int> m_capacity;
    QHash<int, QStringList> m_allProviders;  // active providers' ids by kind
    QHash<int, QStringList> m_freeProviders; // those with room, by kind
    quint64 m_idCounter = 0;
    const Family *m_lastFamily = nullptr; // the family whose measures are being made
    QSet<QString> m_identityCodes;
};

} // namespace tukipolku
