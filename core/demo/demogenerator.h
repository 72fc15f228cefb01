#pragma once

#include "common/result.h"
#include "domain/clientcase.h"
#include "domain/family.h"
#include "domain/worker.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <random>

namespace tukipolku {

class Database;

struct DemoOptions {
    int families = 1000;
    quint32 seed = 1;
    QDate today = QDate::currentDate();
};

// One generated household with its cases.
struct DemoFamily {
    Family family;
    QList<ClientCase> cases;
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
    ClientCase makeCase(const DemoFamily &family, const Person &child);
    void advanceCase(ClientCase &clientCase);

    DemoOptions m_options;
    std::mt19937 m_random;
    QList<Worker> m_workers;
    QSet<QString> m_identityCodes;
};

} // namespace tukipolku
