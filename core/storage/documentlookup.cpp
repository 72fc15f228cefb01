#include "storage/documentlookup.h"

#include "storage/agreementrepository.h"
#include "storage/clientplandocuments.h"
#include "storage/contactforms.h"
#include "storage/database.h"
#include "storage/decisiondocuments.h"
#include "storage/decisionrecipients.h"
#include "storage/decisionrepository.h"

namespace tukipolku::DocumentLookup {

namespace {
// A recipient's copy of an issued decision, in the recipient's language.
Outcome<PrintableDocument> recipientCopy(const QSqlDatabase &connection, const QString &recipientId)
{
    const Outcome<DecisionRecipient> recipient = DecisionRecipients(connection, QString()).find(recipientId);
    if (!recipient)
        return recipient.failure();
    const Outcome<Decision> decision = DecisionRepository(connection, QString()).find(recipient->decisionId);
    if (!decision)
        return decision.isFailed() ? decision.failure() : Failure::notFound();
    return DecisionDocuments(connection, QString()).recipientCopy(*decision, *recipient);
}
} // namespace

Outcome<PrintableDocument> find(const Database &database, const QString &id, const QString &language)
{
    // No worker is signed in on the command line.
    const QSqlDatabase connection = database.connection();
    if (id == QLatin1String(blankContactFormId))
        return ContactForms(connection, QString()).blank(language);
    // Each kind is asked in turn while the answer is "not a document of mine";
    // a failed read ends the search, as a later kind cannot stand in for it.
    Outcome<PrintableDocument> document = DecisionRepository(connection, QString()).document(id, language);
    if (document.isNotFound())
        document = recipientCopy(connection, id);
    if (document.isNotFound())
        document = AgreementRepository(connection, QString()).document(id, language);
    if (document.isNotFound())
        document = ClientPlanDocuments(connection, QString()).document(id, language);
    if (document.isNotFound())
        document = ContactForms(connection, QString()).document(id, language);
    return document;
}

} // namespace tukipolku::DocumentLookup
