#include "storage/documentlookup.h"

#include "storage/agreementrepository.h"
#include "storage/clientplandocuments.h"
#include "storage/contactforms.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"

namespace tukipolku::DocumentLookup {

std::optional<PrintableDocument> find(const Database &database, const QString &id, const QString &language)
{
    // No worker is signed in on the command line.
    const QSqlDatabase connection = database.connection();
    if (id == QLatin1String(blankContactFormId))
        return ContactForms(connection, QString()).blank(language);
    std::optional<PrintableDocument> document = DecisionRepository(connection, QString()).document(id, language);
    if (!document)
        document = AgreementRepository(connection, QString()).document(id, language);
    if (!document)
        document = ClientPlanDocuments(connection, QString()).document(id, language);
    if (!document)
        document = ContactForms(connection, QString()).document(id, language);
    return document;
}

} // namespace tukipolku::DocumentLookup
