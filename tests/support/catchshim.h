#pragma once
// One include for Catch2 v2 (Debian 12: <catch2/catch.hpp>) and v3.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>
#include <QStringList>

#include <ostream>

// Readable QString values in failure messages.
inline std::ostream &operator<<(std::ostream &stream, const QString &text)
{
    return stream << '"' << text.toStdString() << '"';
}
inline std::ostream &operator<<(std::ostream &stream, const QStringList &list)
{
    return stream << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}
