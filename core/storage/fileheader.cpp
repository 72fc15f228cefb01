#include "storage/fileheader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace tukipolku {

namespace {
// Byte offsets in the SQLite database header (https://sqlite.org/fileformat.html).
constexpr int headerSize = 100;
constexpr int pageSizeOffset = 16;
constexpr int pageCountOffset = 28;
constexpr int changeCounterOffset = 24;
constexpr int versionValidForOffset = 92;
constexpr int userVersionOffset = 60;
constexpr int applicationIdOffset = 68;
constexpr int firstPageCellCountOffset = headerSize + 3;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}
} // namespace

SqliteFileHeader SqliteFileHeader::read(const QString &path)
{
    SqliteFileHeader header;
    const QFileInfo info(path);
    header.exists = info.exists();
    if (!header.exists)
        return header;
    header.fileSize = info.size();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    header.readable = true;
    const QByteArray bytes = file.read(headerSize + 8);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < headerSize || !bytes.startsWith(magic))
        return header;
    header.isSqlite = true;
    const quint16 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + pageSizeOffset);
    header.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    header.pageCount = bigEndian32(bytes, pageCountOffset);
    header.pageCountValid = header.pageCount > 0
        && bigEndian32(bytes, changeCounterOffset) == bigEndian32(bytes, versionValidForOffset);
    header.userVersion = static_cast<qint32>(bigEndian32(bytes, userVersionOffset));
    header.applicationId = bigEndian32(bytes, applicationIdOffset);
    if (bytes.size() >= firstPageCellCountOffset + 2)
        header.firstPageCellCount = qFromBigEndian<quint16>(bytes.constData() + firstPageCellCountOffset);
    return header;
}

bool SqliteFileHeader::looksTruncated() const
{
    if (!isSqlite || pageSize < 512)
        return true;
    if (fileSize % pageSize != 0)
        return true;
    return pageCountValid && fileSize < qint64(pageCount) * pageSize;
}

bool SqliteFileHeader::isBlankDatabase() const
{
    return isSqlite && applicationId == 0 && userVersion == 0 && firstPageCellCount == 0;
}

} // namespace tukipolku
