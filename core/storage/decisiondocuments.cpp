#include "storage/decisiondocuments.h"

#include "documents/decisioncopy.h"
#include "documents/templaterenderer.h"
#include "domain/labels.h"
#include "storage/caserepository.h"
#include "storage/codes.h"
#include "storage/decisionrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/providerrepository.h"
#include "storage/reads.h"
#include "storage/recordwriter.h"
#include "storage/workerrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace tukipolku {

namespace {
QString languageName(const QString &language)
{
    return Labels::language(language == QLatin1String("sv") ? PersonLanguage::Swedish : PersonLanguage::Finnish);
}
} // namespace

DecisionDocuments::DecisionDocuments(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

// A document printed from a read that failed would lack a name or a service
// without a word: any failed read fails the whole document.
Outcome<DecisionDocument::Input> DecisionDocuments::input(const Decision &decision, const QString &language) const
{
    DecisionDocument::Input input;
    input.decision = decision;
    const auto clientCase = CaseRepository(m_database, m_currentWorkerId).find(decision.caseId);
    if (clientCase.isFailed())
        return clientCase.failure();
    if (clientCase)
        input.clientCase = *clientCase;
    const Outcome<Organisation> organisation = OrganisationRepository(m_database, m_currentWorkerId).read();
    if (!organisation)
        return organisation.failure();
    input.organisation = *organisation;
    const auto entry = MeasureRepository(m_database, m_currentWorkerId).catalogueEntry(decision.serviceId);
    if (entry.isFailed())
        return entry.failure();
    if (entry) {
        input.serviceName = entry->name(language);
        input.service = *entry;
    }
    if (!decision.extent.providerId.isEmpty()) {
        const auto provider = ProviderRepository(m_database, m_currentWorkerId).find(decision.extent.providerId);
        if (provider.isFailed())
            return provider.failure();
        if (provider)
            input.provider = *provider;
    }
    const DecisionRepository decisions(m_database, m_currentWorkerId);
    const Outcome<DecisionContext> decisionContext = decisions.context(decision);
    if (!decisionContext)
        return decisionContext.failure();
    if (decisionContext->granted) {
        input.granted = *decisionContext->granted;
        if (input.granted.extent.providerId != decision.extent.providerId && !input.granted.extent.providerId.isEmpty()) {
            const auto before = ProviderRepository(m_database, m_currentWorkerId).find(input.granted.extent.providerId);
            if (before.isFailed())
                return before.failure();
            if (before)
                input.grantedProvider = *before;
        }
    }
    const auto maker = WorkerRepository(m_database, m_currentWorkerId).find(decision.decisionMakerId);
    if (maker.isFailed())
        return maker.failure();
    if (maker)
        input.decisionMaker = *maker;
    if (!decision.correctsId.isEmpty()) {
        // A correcting decision names the decision it corrects.
        const Outcome<Decision> corrected = decisions.find(decision.correctsId);
        if (corrected.isFailed())
            return corrected.failure();
        if (corrected)
            input.corrected = *corrected;
    }
    return input;
}

Result DecisionDocuments::freeze(const Decision &decision, const QStringList &languages)
{
    RecordWriter writer(m_database, m_currentWorkerId);
    for (const QString &language : languages) {
        const Outcome<DecisionDocument::Input> in = input(decision, language);
        if (!in)
            return Result::failure(in.messageOr(tr("The decision's document could not be made.")));
        const QString html = TemplateRenderer::render(QStringLiteral("decision"), language,
                                                      DecisionDocument::data(*in, language), in->organisation.templateFolder)
                                 .html;
        // Derived from what the history holds: the document has no history rows of its own.
        const Result written = writer.insert(QStringLiteral("decision_documents"), RecordWriter::newId(),
                                             {{QStringLiteral("decision_id"), decision.id},
                                              {QStringLiteral("language"), language},
                                              {QStringLiteral("rendered_html"), html}});
        if (!written)
            return written;
    }
    return {};
}

Outcome<QStringList> DecisionDocuments::languages(const QString &decisionId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT language FROM decision_documents WHERE decision_id = ? ORDER BY created_at, language"));
    query.addBindValue(decisionId);
    return allRows<QString>(m_database, query, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

Outcome<QString> DecisionDocuments::stored(const QString &decisionId, const QString &language) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT rendered_html FROM decision_documents WHERE decision_id = ? AND language = ?"));
    query.addBindValue(decisionId);
    query.addBindValue(language);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    return row->value(0).toString();
}

Outcome<QString> DecisionDocuments::childLanguage(const Decision &decision) const
{
    const Outcome<ClientCase> clientCase = CaseRepository(m_database, m_currentWorkerId).find(decision.caseId);
    if (clientCase.isFailed())
        return clientCase.failure();
    return clientCase ? DocumentText::languageFor(clientCase->child) : QStringLiteral("fi");
}

Outcome<PrintableDocument> DecisionDocuments::document(const Decision &decision, const QString &language) const
{
    PrintableDocument document;
    document.tableName = QStringLiteral("decisions");
    document.recordId = decision.id;
    document.caseId = decision.caseId;
    document.language = language;
    if (document.language.isEmpty()) {
        const Outcome<QString> child = childLanguage(decision);
        if (!child)
            return child.failure();
        document.language = *child;
    }
    const Outcome<QStringList> kept = decision.status == DecisionStatus::Issued ? languages(decision.id)
                                                                               : Outcome<QStringList>(QStringList());
    if (!kept)
        return kept.failure(); // never rendered again from today's data in its place
    if (!kept->isEmpty()) {
        // The child's language is kept unless the child was no recipient and
        // nobody spoke it; then the first language it was issued in.
        if (language.isEmpty() && !kept->contains(document.language))
            document.language = kept->first();
        if (!kept->contains(document.language)) {
            QStringList names;
            for (const QString &each : *kept)
                names << languageName(each);
            return Failure::failed(tr("Decision %1 was issued in %2: an issued decision is printed only as it was "
                                      "issued.")
                                       .arg(decision.number, names.join(QLatin1String(", "))));
        }
        const Outcome<QString> html = stored(decision.id, document.language);
        if (!html)
            return html.isFailed() ? html.failure() : Failure::failed(tr("The decision's document was not found."));
        document.html = *html;
    }
    const Outcome<DecisionDocument::Input> in = input(decision, document.language);
    if (!in)
        return in.failure();
    if (document.html.isEmpty()) {
        // A draft, or a decision issued before its documents were kept.
        const TemplateRenderer::Output rendered = TemplateRenderer::render(
            QStringLiteral("decision"), document.language, DecisionDocument::data(*in, document.language),
            in->organisation.templateFolder);
        document.html = rendered.html;
        document.warning = rendered.warning;
    }
    document.decoration = DecisionDocument::decoration(*in, document.language);
    return document;
}

Outcome<PrintableDocument> DecisionDocuments::recipientCopy(const Decision &decision,
                                                            const DecisionRecipient &recipient) const
{
    if (!recipient.isSent())
        return Failure::failed(tr("Record first how and when the decision is sent to %1: the copy shows their own "
                                  "last day for a request for review.")
                                   .arg(recipient.name));
    Outcome<PrintableDocument> copy = document(decision, recipient.language);
    if (!copy)
        return copy;
    const Outcome<Organisation> organisation = OrganisationRepository(m_database, m_currentWorkerId).read();
    if (!organisation)
        return organisation.failure(); // never the built-in words in place of the organiser's own
    const QString folder = organisation->templateFolder;
    const auto part = [&](bool address) {
        return TemplateRenderer::render(QStringLiteral("decision_copy"), copy->language,
                                        DecisionCopy::data(recipient, address), folder)
            .html;
    };
    copy->html = DecisionCopy::compose(copy->html, part(true), part(false));
    return copy;
}

} // namespace tukipolku
