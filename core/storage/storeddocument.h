#pragma once

#include "documents/printabledocument.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tukipolku {

// The document kept with an issued decision or a signed agreement
// (rendered_html and rendered_language of its row), and the choice of which
// language a document is printed in.
namespace StoredDocument {
// Nothing when the row has no stored document (a draft).
std::optional<PrintableDocument> read(const QSqlDatabase &database, const QString &table, const QString &id);
// The stored document when it is in the requested language (or none was
// requested); otherwise an empty html in the requested language, or in the
// child's language of the case when none was requested.
PrintableDocument choose(const QSqlDatabase &database, const QString &table, const QString &id,
                         const QString &caseId, const QString &requestedLanguage);
} // namespace StoredDocument

} // namespace tukipolku
