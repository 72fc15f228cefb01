#pragma once

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

struct sqlite3;

namespace tukipolku {

// Stops a background reading from another thread: sets a flag the reading
// checks between its queries and interrupts the query under way, so that a
// window being closed never waits for a reading nobody will see.
class ReadingStop final {
public:
    void stop();
    bool isStopped() const { return m_stopped.load(); }
    const std::atomic_bool *flag() const { return &m_stopped; }

private:
    friend class ReaderConnection;
    void attach(sqlite3 *handle);
    void detach();

    std::atomic_bool m_stopped = false;
    std::mutex m_mutex;
    sqlite3 *m_handle = nullptr;
};

// A read-only connection of its own to an open database file, for reading in
// a background thread while the window's connection goes on writing (WAL lets
// readers and a writer work side by side). Made, used and dropped in one thread.
class ReaderConnection final {
public:
    explicit ReaderConnection(const QString &path, std::shared_ptr<ReadingStop> stop = {});
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection &) = delete;
    ReaderConnection &operator=(const ReaderConnection &) = delete;

    bool isOpen() const;
    QSqlDatabase connection() const;

private:
    QString m_name;
    std::shared_ptr<ReadingStop> m_stop;
};

} // namespace tukipolku
