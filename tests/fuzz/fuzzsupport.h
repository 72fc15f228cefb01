#pragma once
// What every fuzz target needs: Qt's application object (the SQLite driver
// and the resources want one) and a way to report a broken promise.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QStringList>

namespace tukipolku::fuzz {

// Creates the QCoreApplication once, before the first input.
void startQt(int *argc, char ***argv);

// Stops the run with `message` when `condition` is false: libFuzzer then keeps
// the input that broke the promise.
void require(bool condition, const char *message);

// The input cut into `count` texts at each 0x1f byte (missing ones empty),
// as UTF-8 with invalid sequences replaced.
QStringList texts(const uint8_t *data, size_t size, int count);

} // namespace tukipolku::fuzz
