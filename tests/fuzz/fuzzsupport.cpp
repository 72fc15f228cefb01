#include "fuzzsupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace tukipolku::fuzz {

void startQt(int *argc, char ***argv)
{
    // Never destroyed: libFuzzer ends the process with exit(), and Qt must not
    // be torn down by the static destructors that run after it.
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv);
}

void require(bool condition, const char *message)
{
    if (condition)
        return;
    std::fprintf(stderr, "broken promise: %s\n", message);
    std::abort();
}

QStringList texts(const uint8_t *data, size_t size, int count)
{
    QStringList parts = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size))
                            .split(QChar(0x1f));
    while (parts.size() < count)
        parts << QString();
    return parts.mid(0, count);
}

} // namespace tukipolku::fuzz
