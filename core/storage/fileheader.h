#pragma once

#include <QString>

namespace tukipolku {

// What the first 100 bytes of a file say about it, read without SQLite so that
// a file we refuse is never touched by the database engine.
struct SqliteFileHeader {
    bool exists = false;
    bool readable = false;
    qint64 fileSize = 0;
    bool isSqlite = false;         // starts with "SQLite format 3\0"
    quint32 pageSize = 0;
    quint32 pageCount = 0;         // only meaningful when pageCountValid
    bool pageCountValid = false;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    int firstPageCellCount = -1;   // schema entries on page 1; 0 for an empty database

    static SqliteFileHeader read(const QString &path);

    // The file is shorter than its header says, or not whole pages: cut off.
    bool looksTruncated() const;
    // A SQLite file with no schema and no ids yet (e.g. a creation that never finished).
    bool isBlankDatabase() const;
};

} // namespace tukipolku
