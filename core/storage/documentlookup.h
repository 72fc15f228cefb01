#pragma once

#include "documents/printabledocument.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tukipolku {

class Database;

// Finds the printable document of any record by its id alone, for the command
// line: a decision, an agreement, a client plan version or an initiation (its
// contact form), or the blank contact form by its own id.
namespace DocumentLookup {
inline constexpr char blankContactFormId[] = "blank-contact-form";

// Nothing when no record has the id. `language` empty: the client's.
std::optional<PrintableDocument> find(const Database &database, const QString &id, const QString &language);
} // namespace DocumentLookup

} // namespace tukipolku
