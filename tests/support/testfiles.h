#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace tukipolku::test {

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
// Breaks the header of one leaf page of `table` in the closed database file,
// as a flipped sector would: reading that page fails as "malformed".
void damageLeafPage(const QString &databasePath, const QString &table);
// The text of a PDF file as pdftotext lays it out, ligatures and no-break
// spaces read back as plain letters and spaces.
QString pdfText(const QString &pdf);

} // namespace tukipolku::test
