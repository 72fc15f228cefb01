// A child process for the crash test: writes through the repositories as
// fast as it can — a family with a child, the child's case, a measure and a
// logged meeting — and prints each committed case's id once its last write is
// committed. The test kills it with SIGKILL at random moments.
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/measurelogrepository.h"
#include "storage/measurerepository.h"
#include "storage/workerrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <cstdio>

using namespace tukipolku;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    Database database;
    if (!database.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message()));
        return 1;
    }
    const QSqlDatabase db = database.connection();
    Worker worker;
    const QList<Worker> workers = WorkerRepository(db, QString()).all();
    if (workers.isEmpty()) {
        worker.firstNames = QStringLiteral("Kaisa");
        worker.lastName = QStringLiteral("Kaatuja");
        if (!WorkerRepository(db, QString()).save(worker))
            return 1;
    } else {
        worker = workers.first();
    }
    FamilyRepository families(db, worker.id);
    CaseRepository cases(db, worker.id);
    MeasureRepository measures(db, worker.id);
    MeasureLogRepository logs(db, worker.id);
    const QString conversations = measures.catalogueEntryByCode(QStringLiteral("conversations"))->id;
    for (int i = 0;; ++i) {
        Family family;
        family.name = QStringLiteral("Kaatuja %1").arg(i);
        Person child;
        child.firstNames = QStringLiteral("Lapsi");
        child.lastName = family.name;
        child.birthDate = QDate(2015, 1, 1).addDays(i % 3000);
        if (!families.save(family) || !families.addMember(family.id, child, FamilyRole::Child))
            return 1;
        ClientCase c;
        c.familyId = family.id;
        c.child = child;
        c.initiation.receivedAt = QDateTime(QDate::currentDate().addDays(-20), QTime(10, 0));
        c.initiation.description = QStringLiteral("Kirjoitus %1").arg(i);
        if (!cases.open(c))
            return 1;
        Measure m;
        m.caseId = c.id;
        m.catalogueId = conversations;
        m.start = QDate::currentDate().addDays(-10);
        m.plannedEnd = QDate::currentDate().addMonths(3);
        if (!measures.save(m))
            return 1;
        // Committed: only now may the test expect to find it.
        std::printf("%s\n", qPrintable(c.id));
        std::fflush(stdout);
    }
}
