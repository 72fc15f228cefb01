#pragma once

class QSqlDatabase;

namespace tukipolku {

// How much a database holds, for the start page and the command line.
struct DatabaseSummary {
    int families = 0;
    int persons = 0;
    int workers = 0;

    static DatabaseSummary read(const QSqlDatabase &database);
};

} // namespace tukipolku
