// A child process for the reliability tests: writes through the repositories
// as fast as it can — a family with a child, the child's case and a measure —
// and prints each committed case's id once its last write is committed. The
// crash test kills it with SIGKILL at random moments. With --limit-bytes N the
// files may grow by only N bytes more (RLIMIT_FSIZE), as on a full disk: the
// first write that does not fit ends it with the program's message and exit 3.
#include "storage/caserepository.h"
#include "common/clock.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/measurelogrepository.h"
#include "storage/measurerepository.h"
#include "storage/workerrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>

#include <cstdio>
#include <csignal>
#include <sys/resource.h>

using namespace tukipolku;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    if (argc >= 4 && qstrcmp(argv[2], "--limit-bytes") == 0) {
        // Writing past the limit fails with EFBIG instead of killing the process.
        std::signal(SIGXFSZ, SIG_IGN);
        const QFileInfo file(QString::fromLocal8Bit(argv[1]));
        const rlim_t limit = rlim_t(std::max<qint64>(file.size(), 0) + QByteArray(argv[3]).toLongLong());
        const rlimit fileSize{limit, limit};
        setrlimit(RLIMIT_FSIZE, &fileSize);
    }
    Database database;
    if (!database.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message()));
        return 1;
    }
    const QSqlDatabase db = database.connection();
    Worker worker;
    const QList<Worker> workers = WorkerRepository(db, QString()).all().value_or({});
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
        const auto failed = [](const Result &result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.message()));
            return 3;
        };
        if (const Result saved = families.save(family); !saved)
            return failed(saved);
        if (const Result added = families.addMember(family.id, child, FamilyRole::Child); !added)
            return failed(added);
        ClientCase c;
        c.familyId = family.id;
        c.child = child;
        c.initiation.receivedAt = QDateTime(Clock::today().addDays(-20), QTime(10, 0));
        c.initiation.description = QStringLiteral("Kirjoitus %1").arg(i);
        if (const Result opened = cases.open(c); !opened)
            return failed(opened);
        Measure m;
        m.caseId = c.id;
        m.catalogueId = conversations;
        m.start = Clock::today().addDays(-10);
        m.plannedEnd = Clock::today().addMonths(3);
        if (const Result saved = measures.save(m); !saved)
            return failed(saved);
        // Committed: only now may the test expect to find it.
        std::printf("%s\n", qPrintable(c.id));
        std::fflush(stdout);
    }
}
