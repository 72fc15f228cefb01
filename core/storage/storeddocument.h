#pragma once

#include "common/outcome.h"
#include "documents/printabledocument.h"

#include <QSqlDatabase>
#include <QString>

namespace tukipolku {

// The document kept with an issued decision or a signed agreement
// (rendered_html and rendered_language of its row), and the choice of which
// language a document is printed in.
namespace StoredDocument {
// "Not found" when the row has no stored document (a draft).
Outcome<PrintableDocument> read(const QSqlDatabase &database, const QString &table, const QString &id);
// The stored document when it is in the requested language (or none was
// requested); otherwise an empty html in the requested language, or in the
// child's language of the case when none was requested.
Outcome<PrintableDocument> choose(const QSqlDatabase &database, const QString &table, const QString &id,
                                  const QString &caseId, const QString &requestedLanguage);
} // namespace StoredDocument

} // namespace tukipolku
