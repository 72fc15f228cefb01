#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tukipolku {

// A read-only connection of its own to an open database file, for reading in
// a background thread while the window's connection goes on writing (WAL lets
// readers and a writer work side by side). Made, used and dropped in one thread.
class ReaderConnection final {
public:
    explicit ReaderConnection(const QString &path);
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection &) = delete;
    ReaderConnection &operator=(const ReaderConnection &) = delete;

    bool isOpen() const;
    QSqlDatabase connection() const;

private:
    QString m_name;
};

} // namespace tukipolku
