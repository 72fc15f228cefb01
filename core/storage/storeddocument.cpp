#include "storage/storeddocument.h"

#include "storage/caserepository.h"
#include "storage/reads.h"

#include <QSqlQuery>

namespace tukipolku::StoredDocument {

Outcome<PrintableDocument> read(const QSqlDatabase &database, const QString &table, const QString &id)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT rendered_html, rendered_language FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    const Outcome<QSqlRecord> row = singleRow(database, query);
    if (!row)
        return row.failure();
    if (row->value(0).isNull())
        return Failure::notFound();
    PrintableDocument document;
    document.html = row->value(0).toString();
    document.language = row->value(1).toString();
    return document;
}

Outcome<PrintableDocument> choose(const QSqlDatabase &database, const QString &table, const QString &id,
                                  const QString &caseId, const QString &requestedLanguage)
{
    // A stored document that could not be read must not be rendered again
    // from today's data in its place.
    const Outcome<PrintableDocument> stored = read(database, table, id);
    if (stored.isFailed())
        return stored;
    if (stored && (requestedLanguage.isEmpty() || requestedLanguage == stored->language))
        return stored;
    PrintableDocument document;
    document.language = requestedLanguage;
    if (document.language.isEmpty()) {
        const auto clientCase = CaseRepository(database, QString()).find(caseId);
        if (clientCase.isFailed())
            return clientCase.failure();
        document.language = clientCase ? DocumentText::languageFor(clientCase->child) : QStringLiteral("fi");
    }
    return document;
}

} // namespace tukipolku::StoredDocument
