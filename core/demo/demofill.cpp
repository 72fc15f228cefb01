// DemoGenerator::fill: families are made and turned into rows on a thread of
// their own while this one writes the previous ones: making them is about a
// fifth of the work, and SQLite writes on one thread only.
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/demorows.h"
#include "storage/demowriter.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace tukipolku {

namespace {
// The rows of the families made but not yet written; the maker waits when it
// is a few dozen families ahead, so memory stays small.
class RowsQueue final {
public:
    // False when the writer has stopped: the maker stops too.
    bool push(QList<DemoRow> rows)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_families.size() < limit; });
        if (m_stopped)
            return false;
        m_families.push_back(std::move(rows));
        m_changed.notify_all();
        return true;
    }
    QList<DemoRow> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_families.empty(); });
        QList<DemoRow> rows = std::move(m_families.front());
        m_families.pop_front();
        m_changed.notify_all();
        return rows;
    }
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    static constexpr size_t limit = 64;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<DemoRow>> m_families;
    bool m_stopped = false;
};
} // namespace

Result DemoGenerator::fill(
    const Database &database, const DemoOptions &options, const std::function<void(int done)> &progress)
{
    if (options.families < 1)
        return Result::failure(tr("Give the number of demo families as a positive number."));
    DemoWriter writer(database.connection());
    if (writer.holdsFamilies()) {
        return Result::failure(
            tr("The database %1 already holds families. Demo data is only written into a new, "
               "empty database.")
                .arg(database.path()));
    }
    DemoGenerator generator(options);
    generator.setCatalogue(writer.catalogueIds());
    DemoRows rows(organisation());
    Result written = writer.begin(organisation());
    if (written)
        written = writer.write(rows.start(generator.workers(), generator.providers(), generator.rates()));
    if (!written)
        return written;

    RowsQueue queue;
    std::thread maker([&] {
        for (int i = 0; i < options.families; ++i) {
            if (!queue.push(rows.family(generator.nextFamily(), options.today)))
                return;
        }
    });
    for (int done = 0; written && done < options.families;) {
        written = writer.write(queue.pop());
        if (written)
            written = writer.familyWritten();
        if (written && ++done % 1000 == 0 && progress)
            progress(done);
    }
    queue.stop();
    maker.join();
    if (written && options.families % 1000 != 0 && progress)
        progress(options.families);
    return written ? writer.commit() : written;
}

} // namespace tukipolku
