#pragma once

#include "storage/readerconnection.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace tukipolku::ui {

// Reads from the database off the window's thread, for readings of thousands
// of rows that would hold up the window: `read` runs on a pool thread with a
// read-only connection of its own to the file (WAL lets it read beside the
// window's writing; `read` hands reader.connection() to the core's readers),
// then `show` runs on the window's thread with what `read` returned, if
// `context` still exists. Starting again drops the reading under way (it is
// interrupted and never shown); so does destroying this object with its page,
// and the program never waits for a reading nobody will see.
class BackgroundReading final {
public:
    BackgroundReading() = default;
    ~BackgroundReading() { stop(); }
    BackgroundReading(const BackgroundReading &) = delete;
    BackgroundReading &operator=(const BackgroundReading &) = delete;

    template <typename Result>
    void start(const QString &path, std::function<Result(const ReaderConnection &, const std::atomic_bool *)> read,
               QObject *context, std::function<void(const Result &)> show)
    {
        stop();
        m_stop = std::make_shared<ReadingStop>();
        const std::shared_ptr<ReadingStop> stop = m_stop;
        const QPointer<QObject> guard(context);
        QThreadPool::globalInstance()->start([path, read, guard, show, stop] {
            Result result;
            {
                const ReaderConnection reader(path, stop);
                result = read(reader, stop->flag());
            }
            if (stop->isStopped())
                return;
            QMetaObject::invokeMethod(
                qApp,
                [guard, show, stop, result] {
                    // Stopped meanwhile (on this thread): asked again, or the page is going.
                    if (guard && !stop->isStopped())
                        show(result);
                },
                Qt::QueuedConnection);
        });
    }

    // Drops the reading under way, if any.
    void stop()
    {
        if (m_stop)
            m_stop->stop();
    }

private:
    std::shared_ptr<ReadingStop> m_stop;
};

} // namespace tukipolku::ui
