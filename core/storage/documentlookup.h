#pragma once

#include "common/outcome.h"
#include "documents/printabledocument.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tukipolku {

class Database;

// Finds the printable document of any record by its id alone, for the command
// line: a decision, a recipient's copy of a decision (by the recipient's id),
// an agreement, a client plan version or an initiation (its contact form), or
// the blank contact form by its own id.
namespace DocumentLookup {
inline constexpr char blankContactFormId[] = "blank-contact-form";

// "Not found" when no record has the id; a failed read is its own answer. `language` empty: the client's.
Outcome<PrintableDocument> find(const Database &database, const QString &id, const QString &language);
} // namespace DocumentLookup

} // namespace tukipolku
