#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace tukipolku {

// Whether an existing ordinary file may be replaced: only when the user said
// so (--overwrite, or the file dialog's own question).
enum class Overwrite { Refuse, Allow };

// Every file the program writes for the user (reports, PDFs, CSVs, backups,
// field copies, restores): checked first, written into a temporary file in the
// target's folder, made private to its owner (0600) and renamed over the
// target only when whole. It never writes over a database, a backup or a
// field copy, nor over a database's -wal, -shm, -journal or lock file.
class OutputFile final {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    OutputFile(QString path, Overwrite overwrite);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Checks the target and opens the temporary file; the device to write into.
    Result open();
    QIODevice *device() const;
    // Renames the temporary file over the target; nothing is left when it fails.
    Result commit();

    // Why `path` must not be written (in words, naming the file), or ok.
    static Result checkTarget(const QString &path, Overwrite overwrite);
    // The whole of `bytes` into `path`, as above.
    static Result write(const QString &path, const QByteArray &bytes, Overwrite overwrite);
    // Owner read and write only (0600; on Windows the profile's permissions).
    static void makePrivate(const QString &path);

private:
    QString m_path;
    Overwrite m_overwrite;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace tukipolku
