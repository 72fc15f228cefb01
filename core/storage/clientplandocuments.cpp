#include "storage/clientplandocuments.h"

#include "documents/templaterenderer.h"
#include "storage/caserepository.h"
#include "storage/decisionrepository.h"
#include "storage/measurerepository.h"
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
    const Outcome<QList<ClientPlanDocument::DecidedMeasure>> decided = decidedMeasures(*clientCase, input.plan,
                                                                                      document.language);
    if (!decided)
        return decided.failure(); // never a plan that leaves out a decided measure without a word
    input.decided = *decided;
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

Outcome<QList<ClientPlanDocument::DecidedMeasure>>
ClientPlanDocuments::decidedMeasures(const ClientCase &clientCase, const ClientPlan &plan, const QString &language) const
{
    const MeasureRepository measures(m_database, m_currentWorkerId);
    const Outcome<QList<Measure>> ofCase = measures.measuresOfCase(clientCase.id);
    if (!ofCase)
        return ofCase.failure();
    const DecisionRepository decisions(m_database, m_currentWorkerId);
    QList<ClientPlanDocument::DecidedMeasure> decided;
    for (const Measure &m : *ofCase) {
        // Decided, and not over before the plan was made.
        const QDate end = m.endedOn.isValid() ? m.endedOn : m.plannedEnd;
        if (m.decisionId.isEmpty() || m.status == MeasureStatus::Refused || (end.isValid() && end < plan.madeOn))
            continue;
        const Outcome<CatalogueEntry> entry = measures.catalogueEntry(m.catalogueId);
        const Outcome<Decision> decision = decisions.find(m.decisionId);
        if (entry.isFailed() || decision.isFailed())
            return entry.isFailed() ? entry.failure() : decision.failure();
        decided.append({entry ? entry->name(language) : QString(), m.start, end,
                        decision ? decision->number : QString()});
    }
    return decided;
}

} // namespace tukipolku
