#include "storage/contactforms.h"

#include "documents/contactformdocument.h"
#include "documents/templaterenderer.h"
#include "storage/caserepository.h"
#include "storage/familyrepository.h"
#include "storage/organisationrepository.h"
#include "storage/reads.h"

#include <QSqlQuery>

namespace tukipolku {

namespace {
PrintableDocument rendered(const ContactFormDocument::Input &input, const QString &language)
{
    PrintableDocument document;
    document.language = language;
    const TemplateRenderer::Output output =
        TemplateRenderer::render(QStringLiteral("contact_form"), language, ContactFormDocument::data(input, language),
                                 input.organisation.templateFolder);
    document.html = output.html;
    document.warning = output.warning;
    document.decoration = ContactFormDocument::decoration(input, language);
    return document;
}

// The guardians of the child's household; its parents when no guardian is recorded.
QList<Person> guardiansOf(const Outcome<Family> &family)
{
    if (!family)
        return {};
    const QList<Person> guardians = family->membersWithRole(FamilyRole::Guardian);
    return guardians.isEmpty() ? family->membersWithRole(FamilyRole::Parent) : guardians;
}
} // namespace

ContactForms::ContactForms(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Outcome<PrintableDocument> ContactForms::document(const QString &initiationId, const QString &language) const
{
    QSqlQuery owner(m_database);
    owner.prepare(QStringLiteral("SELECT case_id FROM initiations WHERE id = ?"));
    owner.addBindValue(initiationId);
    const Outcome<QSqlRecord> row = singleRow(m_database, owner);
    if (!row)
        return row.failure();
    const Outcome<ClientCase> clientCase = CaseRepository(m_database, m_currentWorkerId).find(row->value(0).toString());
    if (!clientCase)
        return clientCase.failure();
    const Outcome<Family> family = FamilyRepository(m_database, m_currentWorkerId).find(clientCase->familyId);
    if (family.isFailed())
        return family.failure();
    ContactFormDocument::Input input;
    input.clientCase = *clientCase;
    // The form of the initiation asked for: a later notification has its own.
    if (const Initiation *chosen = clientCase->findInitiation(initiationId))
        input.clientCase->initiation = *chosen;
    input.guardians = guardiansOf(family);
    const Outcome<Organisation> organisation = OrganisationRepository(m_database, m_currentWorkerId).read();
    if (!organisation)
        return organisation.failure();
    input.organisation = *organisation;
    PrintableDocument document =
        rendered(input, language.isEmpty() ? DocumentText::languageFor(clientCase->child) : language);
    document.tableName = QStringLiteral("initiations");
    document.recordId = initiationId;
    document.caseId = clientCase->id;
    return document;
}

PrintableDocument ContactForms::blank(const QString &language) const
{
    ContactFormDocument::Input input;
    input.organisation = OrganisationRepository(m_database, m_currentWorkerId).load();
    return rendered(input, language == QLatin1String("sv") ? language : QStringLiteral("fi"));
}

} // namespace tukipolku
