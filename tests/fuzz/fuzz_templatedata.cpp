// A decision document filled with hostile texts in every field: the template
// data builder and the renderer never crash, and no text gets into the page
// as markup (each is sent in behind a tag that must come out escaped).
#include "fuzzsupport.h"

#include "documents/decisiondocument.h"
#include "documents/templaterenderer.h"

using namespace tukipolku;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString tag = QStringLiteral("<u7 onload=x>");
    QStringList t = fuzz::texts(data, size, 12);
    for (QString &text : t)
        text.prepend(tag);
    DecisionDocument::Input input;
    input.decision.provisions = t.at(0);
    input.decision.goal = t.at(1);
    input.decision.facts = t.at(2);
    input.decision.views = t.at(3);
    input.decision.reasons = t.at(4);
    input.decision.parties = t.at(5);
    input.decision.contactPerson = t.at(6);
    input.decision.start = QDate(2026, 1, 1).addDays(size % 400);
    input.decision.end = input.decision.start.addDays(size % 700);
    input.clientCase.child.firstNames = t.at(7);
    input.clientCase.child.lastName = t.at(8);
    input.organisation.organiser = t.at(9);
    input.organisation.boardName = t.at(10);
    input.serviceName = t.at(11);
    input.decisionMaker.firstNames = t.at(7);
    for (const QString &language : {QStringLiteral("fi"), QStringLiteral("sv")}) {
        const QVariantMap values = DecisionDocument::data(input, language);
        const TemplateRenderer::Output page = TemplateRenderer::render(QStringLiteral("decision"), language, values);
        fuzz::require(!page.html.isEmpty(), "a page comes out");
        fuzz::require(!page.html.contains(QStringLiteral("<u7")), "no text becomes markup");
    }
    return 0;
}
