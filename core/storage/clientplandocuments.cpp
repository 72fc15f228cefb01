#include "storage/clientplandocuments.h"

#include "documents/templaterenderer.h"
#include "storage/caserepository.h"
#include "storage/organisationrepository.h"
#include "storage/reads.h"

#include <QSqlQuery>

namespace tukipolku {

ClientPlanDocuments::ClientPlanDocuments(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Outcome<PrintableDocument> ClientPlanDocuments::document(const QString &planId, const QString &language) const
{
    QSqlQuery owner(m_database);
    owner.prepare(QStringLiteral("SELECT case_id FROM client_plans WHERE id = ?"));
    owner.addBindValue(planId);
    const Outcome<QSqlRecord> row = singleRow(m_database, owner);
    if (!row)
        return row.failure();
    const Outcome<ClientCase> clientCase = CaseRepository(m_database, m_currentWorkerId).find(row->value(0).toString());
    if (!clientCase)
        return clientCase.failure();
    ClientPlanDocument::Input input;
    input.clientCase = *clientCase;
    const Outcome<Organisation> organisation = OrganisationRepository(m_database, m_currentWorkerId).read();
    if (!organisation)
        return organisation.failure();
    input.organisation = *organisation;
    for (const ClientPlan &plan : clientCase->plans) {
        if (plan.id == planId)
            input.plan = plan;
    }
    PrintableDocument document;
    document.language = language.isEmpty() ? DocumentText::languageFor(clientCase->child) : language;
    const TemplateRenderer::Output rendered =
        TemplateRenderer::render(QStringLiteral("client_plan"), document.language,
                                 ClientPlanDocument::data(input, document.language), input.organisation.templateFolder);
    document.html = rendered.html;
    document.warning = rendered.warning;
    document.decoration = ClientPlanDocument::decoration(input, document.language);
    document.tableName = QStringLiteral("client_plans");
    document.recordId = planId;
    document.caseId = clientCase->id;
    return document;
}

} // namespace tukipolku
