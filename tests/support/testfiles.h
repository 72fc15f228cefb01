#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace tukipolku::test {

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace tukipolku::test
