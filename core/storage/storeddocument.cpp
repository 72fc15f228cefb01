#include "storage/storeddocument.h"

#include "storage/caserepository.h"

#include <QSqlQuery>

namespace tukipolku::StoredDocument {

std::optional<PrintableDocument> read(const QSqlDatabase &database, const QString &table, const QString &id)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT rendered_html, rendered_language FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    PrintableDocument document;
    document.html = query.value(0).toString();
    document.language = query.value(1).toString();
    return document;
}

PrintableDocument choose(const QSqlDatabase &database, const QString &table, const QString &id,
                         const QString &caseId, const QString &requestedLanguage)
{
    if (auto stored = read(database, table, id);
        stored && (requestedLanguage.isEmpty() || requestedLanguage == stored->language))
        return *stored;
    PrintableDocument document;
    document.language = requestedLanguage;
    if (document.language.isEmpty()) {
        const auto clientCase = CaseRepository(database, QString()).find(caseId);
        document.language = clientCase ? DocumentText::languageFor(clientCase->child) : QStringLiteral("fi");
    }
    return document;
}

} // namespace tukipolku::StoredDocument
