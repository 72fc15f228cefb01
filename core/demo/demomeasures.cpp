// DemoGenerator: a case's measures, with their logs, agreements and decisions.
#include "demo/demodecisions.h"
#include "demo/demogenerator.h"
#include "rules/decisionrules.h"

namespace tukipolku {

DemoMeasure DemoGenerator::makeMeasure(const ClientCase &c, const QString &code, ProviderKind kind)
{
    DemoMeasure demo;
    Measure &m = demo.measure;
    m.id = id();
    m.caseId = c.id;
    m.catalogueId = m_catalogue.value(code);
    m.basis = c.isChildWelfareClient() ? LegalBasis::ChildWelfareAct : LegalBasis::SocialWelfareAct;
    const ClientPlan &plan = c.plans.constFirst();
    m.start = std::max(plan.madeOn.addDays(7 + pick(30)), c.isChildWelfareClient() ? c.childWelfareSince : plan.madeOn);
    m.plannedEnd = m.start.addMonths(6 + pick(13));
    if (c.isClosed()) {
        // A closed case ended its measures first; one planned later began before the closing.
        m.start = std::min(m.start, std::max(plan.madeOn, c.closedOn.addDays(-14)));
        m.endedOn = std::max(m.start, c.closedOn);
    }
    else if (m.plannedEnd < m_options.today)
        m.endedOn = m.plannedEnd; // ended as planned
    m.goals = plan.goals.isEmpty() ? QString() : plan.goals.constFirst().goal;
    const bool current = !m.endedOn.isValid() || m.endedOn > m_options.today;
    m.providerId = code == QLatin1String("conversations") ? QString() : providerOf(kind, current);
    m.daysPerMonth = 2;
    m.meetingsPerMonth = 1 + pick(2);
    m.hoursPerWeek = 2 + pick(4);
    m.intensified = code == QLatin1String("intensified_family_work");
    m.status = m.endedOn.isValid() && m.endedOn <= m_options.today ? MeasureStatus::Ended
             : m.start <= m_options.today                          ? MeasureStatus::Active
                                                                    : MeasureStatus::Planned;
    return demo;
}

void DemoGenerator::addLog(DemoMeasure &demo, InDepthType type)
{
    const Measure &m = demo.measure;
    // The last four months of the measure, to keep a large unit's data quick to write.
    const QDate end = std::min(m_options.today, m.endedOn.isValid() ? m.endedOn : m_options.today);
    QDate day = std::max(m.start, end.addMonths(-4));
    for (; day < end; day = day.addDays(type == InDepthType::FamilyWork ? 7 : 14 + pick(10))) {
        if (type == InDepthType::SupportFamily) {
            const QDate friday = day.addDays((Qt::Friday - day.dayOfWeek() + 7) % 7);
            if (friday.addDays(2) > end)
                break;
            const bool cancelled = chance(0.08);
            demo.stays.append({id(), m.id, friday, friday.addDays(2), cancelled,
                               cancelled ? QStringLiteral("Lapsi sairastui.") : QString(), cancelled ? 0 : 10 + pick(40)});
            day = friday.addDays(14);
        } else if (type == InDepthType::SupportPerson) {
            const bool cancelled = chance(0.1);
            demo.meetings.append({id(), m.id, day, 90 + 30 * pick(4), QStringLiteral("Uimahalli ja kahvila"), cancelled,
                                  cancelled ? 0 : pick(30),
                                  cancelled ? QStringLiteral("Lapsi sairastui") : QString(QLatin1String(""))});
        } else {
            demo.visits.append({id(), m.id, day, 60 + 30 * pick(3), chance(0.8) ? VisitPlace::Home : VisitPlace::Office,
                                QStringLiteral("äiti, lapset"), QStringLiteral("Arjen rutiinit ja iltatoimet käyty läpi.")});
        }
    }
}

void DemoGenerator::addDocuments(DemoMeasure &demo, const ClientCase &c, InDepthType type)
{
    const Measure &m = demo.measure;
    const QDate today = m_options.today;
    if (type != InDepthType::None && !m.providerId.isEmpty()) {
        // The text for a support family, a support person or family work.
        const auto byType = [type](const char *family, const char *person, const char *familyWork) {
            return QString::fromUtf8(type == InDepthType::SupportFamily   ? family
                                     : type == InDepthType::SupportPerson ? person
                                                                          : familyWork);
        };
        Agreement a;
        a.id = id();
        a.caseId = c.id;
        a.measureId = m.id;
        a.goals = m.goals;
        a.start = m.start;
        a.end = m.plannedEnd;
        a.supportNeed = byType("Vanhempi tarvitsee lepoa; lapsi hyötyy turvallisista lisäaikuisista.",
                               "Lapsi hyötyy turvallisesta aikuisesta ja yhteisestä tekemisestä.",
                               "Perhe tarvitsee tukea arjen rytmiin ja vanhemmuuteen.");
        a.frequency = byType("Yksi viikonloppu kuukaudessa", "Kaksi tapaamista kuukaudessa",
                             "Kotikäynti kerran viikossa, noin kolme tuntia");
        a.placeAndManner = byType("Tukiperheen kotona; yhteistä tekemistä ja ulkoilua.",
                                  "Lapsen kotiseudulla; harrastuksia ja ulkoilua yhdessä.",
                                  "Perheen kotona; arjen tilanteet, iltarutiinit ja vanhempien ohjaus.");
        a.transport = byType("Tukiperhe hakee ja tuo lapsen.", "Tukihenkilö hakee lapsen kotoa.", "");
        a.contacts = byType("Huoltaja ja tukiperhe sopivat tapaamisista puhelimitse.",
                            "Huoltaja ja tukihenkilö sopivat tapaamisista puhelimitse.",
                            "Perhetyöntekijä sopii käynneistä huoltajan kanssa viikoittain.");
        a.illnessAndCancelling = QStringLiteral("Sairastuessa tapaaminen siirretään; peruutus viimeistään edellisenä päivänä.");
        a.reviewAndEnding = QStringLiteral("Sopimus tarkistetaan asiakassuunnitelman tarkistuksen yhteydessä.");
        // The document states the duty of confidentiality; a few agree on more.
        if (chance(0.1))
            a.confidentiality = c.child.language == PersonLanguage::Swedish
                ? QStringLiteral("Fotografier av barnet publiceras inte i sociala medier.")
                : QStringLiteral("Valokuvia lapsesta ei julkaista sosiaalisessa mediassa.");
        const bool signedAlready = m.start.addDays(14) <= today;
        const QDate signedOn = signedAlready ? m.start.addDays(-pick(10)) : QDate();
        for (const FamilyMember &member : std::as_const(m_lastFamily->members)) {
            if (member.role == FamilyRole::Guardian)
                a.parties.append({id(), PartyRole::Guardian, member.person.fullName(), signedOn});
        }
        if (const auto row = m_providerRows.constFind(m.providerId); row != m_providerRows.constEnd()) {
            const Provider &provider = m_providers.at(row.value());
            const QStringList adults = provider.adults.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &adult : adults.isEmpty() ? QStringList{provider.name} : adults)
                a.parties.append({id(), PartyRole::Provider, adult, signedOn});
            for (const CompensationRate &rate : rates()) {
                if (rate.providerKind == provider.kind && rate.isValidOn(a.start)) {
                    a.feeCents = rate.feeCents;
                    a.feeUnit = rate.feeUnit;
                    a.expensesCents = rate.expensesCents;
                    a.expensesUnit = rate.expensesUnit;
                    a.mileageCentsPerKm = rate.mileageCentsPerKm;
                }
            }
        }
        QString unit = QStringLiteral("Sosiaalihuolto");
        for (const Worker &worker : std::as_const(m_workers)) {
            if (worker.id == c.responsibleWorkerId)
                unit = QStringLiteral("Sosiaalihuolto, %1").arg(worker.fullName());
        }
        a.parties.append({id(), PartyRole::Unit, unit, signedOn});
        a.parties.append({id(), PartyRole::Child, c.child.fullName(), signedOn});
        a.status = !signedAlready ? AgreementStatus::Draft
                 : m.endedOn.isValid() && m.endedOn <= today ? AgreementStatus::Ended
                                                            : AgreementStatus::Signed;
        if (a.status == AgreementStatus::Ended) {
            a.endedOn = m.endedOn;
            a.endReason = QStringLiteral("Tukitoimi päättyi.");
        }
        demo.agreement = a;
    }
    if (m.start.addDays(-7) <= today && m_lastFamily) {
        const DemoDecisions decisions([this](int count) { return pick(count); }, [this] { return id(); }, today,
                                      m_catalogue);
        demo.decisions = decisions.forMeasure(m, type, c, *m_lastFamily);
        for (const Decision &d : std::as_const(demo.decisions)) {
            if (d.status == DecisionStatus::Issued)
                demo.recipients += decisions.serve(d, c, *m_lastFamily);
        }
        // The measure runs as its last issued decision granted it.
        for (const Decision &d : std::as_const(demo.decisions)) {
            if (d.status == DecisionStatus::Issued && d.measureId == m.id && DecisionRules::grantsExtent(d.subject)) {
                demo.measure.decisionId = d.id;
                demo.measure.daysPerMonth = d.extent.daysPerMonth;
                demo.measure.meetingsPerMonth = d.extent.meetingsPerMonth;
                demo.measure.hoursPerWeek = d.extent.hoursPerWeek;
            }
        }
    }
}

void DemoGenerator::addMeasures(DemoFamily &family, const ClientCase &c)
{
    if (c.plans.isEmpty() || m_catalogue.isEmpty())
        return;
    struct Choice {
        const char *code;
        ProviderKind kind;
        InDepthType type;
    };
    static constexpr Choice choices[] = {{"support_family", ProviderKind::SupportFamily, InDepthType::SupportFamily},
                                         {"support_person", ProviderKind::SupportPerson, InDepthType::SupportPerson},
                                         {"family_work", ProviderKind::FamilyWorker, InDepthType::FamilyWork},
                                         {"intensified_family_work", ProviderKind::FamilyWorker, InDepthType::FamilyWork},
                                         {"conversations", ProviderKind::FamilyWorker, InDepthType::None}};
    const int count = 1 + pick(2);
    for (int i = 0; i < count; ++i) {
        const Choice *choice = &choices[pick(int(std::size(choices)))];
        // Intensified family work is child welfare open care only (LSL 36 §).
        if (!c.isChildWelfareClient() && QLatin1String(choice->code) == QLatin1String("intensified_family_work"))
            choice = &choices[2];
        DemoMeasure demo = makeMeasure(c, QLatin1String(choice->code), choice->kind);
        if (demo.measure.start > m_options.today.addMonths(1))
            continue;
        m_lastFamily = &family.family;
        addDocuments(demo, c, choice->type);
        // A measure runs on its decision: without one it awaits it, and nothing is logged.
        if (demo.measure.decisionId.isEmpty() && demo.measure.status == MeasureStatus::Active)
            demo.measure.status = MeasureStatus::Planned;
        if (!demo.measure.decisionId.isEmpty())
            addLog(demo, choice->type);
        family.measures.append(demo);
    }
}

} // namespace tukipolku
