#include "demo/demodecisions.h"

#include "documents/printabledocument.h"
#include "rules/decisionrules.h"
#include "rules/decisionservice.h"
#include "rules/serviceprovisions.h"

namespace tukipolku {

namespace {
bool swedish(const Person &child)
{
    return DocumentText::languageFor(child) == QLatin1String("sv");
}
} // namespace

DemoDecisions::DemoDecisions(Pick pick, NewId newId, QDate today, QHash<QString, QString> catalogue)
    : m_pick(std::move(pick)), m_newId(std::move(newId)), m_today(today), m_catalogue(std::move(catalogue))
{
}

QList<Decision> DemoDecisions::forMeasure(const Measure &m, InDepthType type, const ClientCase &c,
                                          const Family &family) const
{
    QList<Decision> decisions{first(m, c, family)};
    decisions.first().extent = DecisionRules::extentOf(m, type);
    if (m.start.addMonths(4) <= m_today && m_pick(3) == 0)
        addChange(decisions, m, type);
    if (m.endedOn.isValid() && m.endedOn <= m_today) {
        Decision end = next(decisions.constLast(), DecisionSubject::End, m.endedOn.addDays(-14 - m_pick(7)));
        end.start = QDate();
        end.end = m.endedOn;
        end.extent = {};
        end.facts = QStringLiteral("Tavoitteet on saavutettu; perhe pärjää arjessa ilman tätä tukea.");
        end.reasons = QStringLiteral("Tuen tarve on päättynyt. Perhe saa tarvittaessa neuvontaa sosiaaliohjauksesta.");
        hear(end, c.child);
        decisions << end;
    } else if (m.plannedEnd < m_today.addMonths(2) && m_pick(2) == 0) {
        Decision more = next(decisions.constLast(), DecisionSubject::Continue, m.plannedEnd.addDays(-20));
        more.start = m.plannedEnd.addDays(1);
        more.end = m.plannedEnd.addMonths(6);
        more.reasons = QStringLiteral("Tuki on auttanut, ja sitä tarvitaan vielä puoli vuotta.");
        decisions << more;
    }
    if (m_pick(12) == 0)
        addCorrection(decisions);
    if (m_pick(10) == 0)
        addRefusal(decisions, c);
    // Most are issued; a few recent ones wait as drafts, and none is from the future.
    for (Decision &d : decisions) {
        if (d.issuedOn > m_today || (d.issuedOn > m_today.addDays(-10) && m_pick(4) == 0)) {
            d.status = DecisionStatus::Draft;
            d.issuedOn = QDate();
        }
    }
    while (decisions.size() > 1 && decisions.constLast().status == DecisionStatus::Draft
           && decisions.at(decisions.size() - 2).status == DecisionStatus::Draft)
        decisions.removeLast(); // one draft at a time is enough
    return decisions;
}

QList<DecisionRecipient> DemoDecisions::serve(const Decision &d, const ClientCase &c, const Family &family) const
{
    const QList<Person> guardians = family.membersWithRole(FamilyRole::Guardian);
    QList<DecisionRecipient> recipients = DecisionService::recipientsFor(d, c.child, guardians);
    const bool recent = d.issuedOn > m_today.addDays(-4);
    for (DecisionRecipient &r : recipients) {
        r.id = m_newId();
        if (recent && m_pick(3) == 0)
            continue; // still to send: the worklist shows it
        const int how = m_pick(20);
        r.method = how < 14 ? NotificationMethod::Letter
                 : how < 17 ? NotificationMethod::InPerson
                 : how < 19 ? NotificationMethod::Electronic
                            : NotificationMethod::Verifiable;
        r.sentOn = r.method == NotificationMethod::InPerson ? d.issuedOn
                                                            : std::min(m_today, d.issuedOn.addDays(m_pick(2)));
        if (r.method == NotificationMethod::InPerson)
            r.receivedOn = r.sentOn;
        else if (r.method == NotificationMethod::Verifiable && r.sentOn.addDays(5) <= m_today)
            r.receivedOn = r.sentOn.addDays(2 + m_pick(3));
        const auto person = std::find_if(guardians.cbegin(), guardians.cend(),
                                         [&r](const Person &p) { return p.id == r.personId; });
        r.address = DecisionService::addressLines(person != guardians.cend() ? *person : c.child).join(QLatin1Char('\n'));
        // Now and then a guardian asks for a review of an ending or a refusal.
        if (r.role == RecipientRole::Guardian && (d.subject == DecisionSubject::End || d.subject == DecisionSubject::Refuse)
            && r.sentOn.addDays(20) <= m_today && m_pick(20) == 0)
            r.reviewRequestedOn = r.sentOn.addDays(10 + m_pick(10));
    }
    return recipients;
}

Decision DemoDecisions::first(const Measure &m, const ClientCase &c, const Family &family) const
{
    Decision d;
    d.id = m_newId();
    d.caseId = c.id;
    d.measureId = m.id;
    d.serviceId = m.catalogueId;
    d.basis = m.basis;
    const QString code = m_catalogue.key(m.catalogueId);
    const QString language = DocumentText::languageFor(c.child);
    d.provisions = ServiceProvisions::localised(ServiceProvisions::forService(code, m.basis), language);
    d.goal = m.goals;
    d.start = m.start;
    d.end = m.plannedEnd;
    d.facts = QStringLiteral("Palvelutarpeen arvioinnissa todettiin perheen tarvitsevan tukea arjessa. "
                             "Asiakassuunnitelmassa sovittiin tuesta yhdessä perheen kanssa.");
    d.views = QStringLiteral("Huoltajat pitävät tukea tarpeellisena ja ovat valmiita yhteistyöhön.");
    d.reasons = QStringLiteral("Tukitoimi tukee lapsen kasvua ja vanhempien jaksamista; kevyempi tuki ei ole riittänyt.");
    QStringList parties{QStringLiteral("%1 (%2)").arg(c.child.fullName(), swedish(c.child) ? QStringLiteral("barn")
                                                                                          : QStringLiteral("lapsi"))};
    for (const Person &guardian : family.membersWithRole(FamilyRole::Guardian))
        parties << QStringLiteral("%1 (%2)").arg(guardian.fullName(), swedish(c.child) ? QStringLiteral("vårdnadshavare")
                                                                                       : QStringLiteral("huoltaja"));
    d.parties = parties.join(QLatin1Char('\n'));
    d.decisionMakerId = c.responsibleWorkerId;
    d.contactPerson = QStringLiteral("Sosiaalityöntekijä, puh. 040 123 4567");
    d.status = DecisionStatus::Issued;
    d.issuedOn = std::min(m_today, m.start.addDays(-m_pick(7)));
    hear(d, c.child);
    return d;
}

Decision DemoDecisions::next(const Decision &previous, DecisionSubject subject, const QDate &issuedOn) const
{
    Decision d = previous;
    d.id = m_newId();
    d.subject = subject;
    d.correctsId.clear();
    d.correctionGround = CorrectionGround::None;
    d.status = DecisionStatus::Issued;
    d.issuedOn = std::min(m_today, issuedOn);
    d.number.clear();
    for (DecisionHearing &h : d.hearings)
        h.id = m_newId();
    return d;
}

void DemoDecisions::hear(Decision &d, const Person &child) const
{
    const QDate day = d.issuedOn.addDays(-3 - m_pick(10));
    const int age = child.ageOn(d.issuedOn);
    if (age < 3) {
        d.childOpinion = ChildOpinion::CouldNotBeFoundOut;
        d.childOpinionHow = QStringLiteral("Lapsi on %1-vuotias: mielipidettä ei voi selvittää keskustelemalla. "
                                           "Lapsen vointia ja vuorovaikutusta vanhempien kanssa havainnoitiin kotikäynnillä.")
                                .arg(age);
    } else {
        d.childOpinion = ChildOpinion::FoundOut;
        d.childOpinionText = age < 12 ? QStringLiteral("Lapsi kertoi tykkäävänsä, kun saa tehdä asioita aikuisen kanssa "
                                                       "kahdestaan. Hän toivoo, että kotona olisi vähemmän riitaa.")
                                      : QStringLiteral("Nuori pitää tukea hyvänä, kunhan tapaamiset eivät ole "
                                                       "harrastusten aikaan. Hän haluaa itse olla mukana sopimassa ajat.");
        d.childOpinionHow = age < 12 ? QStringLiteral("Keskustelu lapsen kanssa kotikäynnillä piirtämisen lomassa, "
                                                      "ilman vanhempia")
                                     : QStringLiteral("Tapaaminen nuoren kanssa kahden kesken koululla");
    }
    d.hearings.clear();
    const QStringList parties = DecisionRules::partyLines(d);
    for (int i = 0; i < parties.size(); ++i) {
        const bool isChild = i == 0;
        DecisionHearing h{m_newId(), parties.at(i), day, QString(), HearingException::None};
        if (isChild && age < 12) {
            // A child under 12 is not heard as a party; the opinion above is found out instead.
            h.exception = HearingException::GrantedOrNeedless;
            h.heardOn = QDate();
        } else {
            h.how = isChild ? QStringLiteral("tapaamisessa koululla")
                  : m_pick(3) == 0 ? QStringLiteral("puhelimitse")
                                   : QStringLiteral("tapaamisessa toimistolla");
        }
        d.hearings << h;
    }
}

void DemoDecisions::addChange(QList<Decision> &decisions, const Measure &m, InDepthType type) const
{
    Decision change = next(decisions.constLast(), DecisionSubject::Change, m.start.addMonths(3));
    change.start = m.start.addMonths(3).addDays(7);
    switch (type) {
    case InDepthType::SupportFamily: change.extent.daysPerMonth = change.extent.daysPerMonth + 1; break;
    case InDepthType::SupportPerson: change.extent.meetingsPerMonth = change.extent.meetingsPerMonth == 1 ? 2 : 1; break;
    case InDepthType::FamilyWork: change.extent.hoursPerWeek = change.extent.hoursPerWeek + 2; break;
    case InDepthType::None: change.end = change.end.addMonths(3); break;
    }
    change.facts = QStringLiteral("Seurantapalaverissa todettiin, että tuen määrä ei vastaa perheen tilannetta.");
    change.reasons = QStringLiteral("Tuen määrää muutetaan vastaamaan lapsen ja perheen tarvetta.");
    // The parties were heard at the same follow-up meeting.
    for (DecisionHearing &h : change.hearings) {
        if (h.heardOn.isValid())
            h.heardOn = change.issuedOn.addDays(-5);
    }
    decisions << change;
}

void DemoDecisions::addCorrection(QList<Decision> &decisions) const
{
    const Decision &wrong = decisions.constFirst();
    Decision correction = next(wrong, wrong.subject, wrong.issuedOn.addDays(3 + m_pick(5)));
    correction.correctsId = wrong.id;
    correction.correctionGround = CorrectionGround::ClericalError;
    correction.facts = wrong.facts
        + QStringLiteral(" Korjattavassa päätöksessä palvelun päättymispäivä oli kirjoitettu väärin.");
    decisions.insert(1, correction);
}

void DemoDecisions::addRefusal(QList<Decision> &decisions, const ClientCase &c) const
{
    const Decision &granted = decisions.constFirst();
    Decision refusal = next(granted, DecisionSubject::Refuse, granted.issuedOn.addDays(20 + m_pick(60)));
    const bool childWelfare = granted.basis == LegalBasis::ChildWelfareAct;
    refusal.measureId.clear();
    refusal.serviceId = m_catalogue.value(childWelfare ? QStringLiteral("hobby_support") : QStringLiteral("holiday"));
    refusal.provisions = ServiceProvisions::localised(
        ServiceProvisions::forService(childWelfare ? QStringLiteral("hobby_support") : QStringLiteral("holiday"),
                                      granted.basis),
        DocumentText::languageFor(c.child));
    refusal.goal.clear();
    refusal.start = QDate();
    refusal.end = refusal.issuedOn; // kept as the day of issue, never printed
    refusal.extent = {};
    refusal.facts = childWelfare ? QStringLiteral("Huoltaja haki tukea lapsen harrastuksen kuluihin.")
                                 : QStringLiteral("Huoltaja haki perheelle lomaa sosiaalisin perustein.");
    refusal.reasons = QStringLiteral("Perheen tarve on katettu myönnetyillä palveluilla; hakemuksessa ei tullut esiin "
                                     "uutta tarvetta, joka edellyttäisi tätä tukea.");
    hear(refusal, c.child);
    decisions << refusal;
}

} // namespace tukipolku
