#include "files/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tukipolku {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The first bytes of a database (ours or another program's), an encrypted
// backup or a field copy (both start with the backup's marker).
bool isProtectedContent(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(17);
    return start.startsWith(QByteArrayLiteral("SQLite format 3\0")) || start.startsWith(QByteArrayLiteral("TUKIPOLKU-BACKUP"));
}

// The database a side file belongs to ("unit.sqlite-wal" → "unit.sqlite"),
// or empty when `path` is not a side file of an existing database.
QString databaseOfSideFile(const QString &path)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                 QStringLiteral(".lock")}) {
        if (path.endsWith(suffix, Qt::CaseInsensitive)) {
            const QString database = path.chopped(suffix.size());
            if (QFileInfo::exists(database))
                return database;
        }
    }
    return {};
}
} // namespace

OutputFile::OutputFile(QString path, Overwrite overwrite) : m_path(std::move(path)), m_overwrite(overwrite) {}

OutputFile::~OutputFile()
{
    if (m_file)
        m_file->cancelWriting(); // a file not committed leaves nothing behind
}

Result OutputFile::checkTarget(const QString &path, Overwrite overwrite)
{
    if (path.trimmed().isEmpty())
        return Result::failure(tr("Give the name of the file to write."));
    const QFileInfo target(path);
    // A symbolic link is judged by what it points to: writing "through" it
    // would replace the link, but the user meant the file.
    const QFileInfo real(target.isSymLink() ? target.symLinkTarget() : path);
    const QString database = databaseOfSideFile(real.absoluteFilePath());
    if (!database.isEmpty())
        return Result::failure(tr("%1 belongs to the database %2 and is never written over. Choose another name.")
                                   .arg(native(path), native(database)));
    if (!real.exists()) {
        const QFileInfo folder(real.absolutePath());
        if (!folder.isDir())
            return Result::failure(tr("The folder %1 does not exist. Choose an existing folder.").arg(native(folder.filePath())));
        return {};
    }
    if (real.isDir())
        return Result::failure(tr("%1 is a folder. Give the name of a file to write in it.").arg(native(path)));
    if (!real.isFile())
        return Result::failure(tr("%1 is not an ordinary file (it is a device or a pipe) and is not written to.")
                                   .arg(native(path)));
    if (isProtectedContent(real.absoluteFilePath()))
        return Result::failure(tr("%1 is a database, a backup or a field copy and is never written over. "
                                  "Choose another name.")
                                   .arg(native(path)));
    if (overwrite == Overwrite::Refuse)
        return Result::failure(tr("The file %1 already exists and was left as it was. Choose another name, or allow "
                                  "replacing it (--overwrite on the command line).")
                                   .arg(native(path)));
    return {};
}

Result OutputFile::open()
{
    if (Result allowed = checkTarget(m_path, m_overwrite); !allowed)
        return allowed;
    const QFileInfo target(m_path);
    const QString real = target.isSymLink() ? target.symLinkTarget() : m_path;
    m_file = std::make_unique<QSaveFile>(real);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return Result::failure(tr("The file %1 cannot be written: %2").arg(native(m_path), reason));
    }
    // The temporary file is private before anything is written into it.
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QIODevice *OutputFile::device() const
{
    return m_file.get();
}

Result OutputFile::commit()
{
    if (!m_file)
        return Result::failure(tr("The file %1 cannot be written.").arg(native(m_path)));
    const bool written = m_file->commit();
    const QString reason = m_file->errorString();
    m_file.reset();
    if (!written)
        return Result::failure(tr("The file %1 could not be written: %2. Check that the disk has room and that you "
                                  "may write in the folder.")
                                   .arg(native(m_path), reason));
    return {};
}

Result OutputFile::write(const QString &path, const QByteArray &bytes, Overwrite overwrite)
{
    OutputFile file(path, overwrite);
    if (Result opened = file.open(); !opened)
        return opened;
    if (file.device()->write(bytes) != bytes.size())
        return Result::failure(tr("The file %1 could not be written: %2. Check that the disk has room.")
                                   .arg(native(path), file.device()->errorString()));
    return file.commit();
}

void OutputFile::makePrivate(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace tukipolku
