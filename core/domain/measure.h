#pragma once

#include <QDate>
#include <QString>

namespace tukipolku {

// Where a catalogue entry comes from (seed 000, 004).
enum class MeasureKind { InHouse, Partner, Financial };
// SHL 1301/2014 service, or LSL 417/2007 open-care support measure.
enum class LegalBasis { SocialWelfareAct, ChildWelfareAct };
// The three measures modelled in depth (seed 002); None for the others.
enum class InDepthType { None, SupportFamily, SupportPerson, FamilyWork };

// One support measure or service the organiser offers.
struct CatalogueEntry {
    QString id;
    QString code; // stable, e.g. "support_family"
    QString nameFi;
    QString nameSv;
    MeasureKind kind = MeasureKind::InHouse;
    bool allowsSocialWelfareAct = true;
    bool allowsChildWelfareAct = true;
    bool requiresChildWelfareClient = false; // e.g. child welfare social guidance
    InDepthType inDepth = InDepthType::None;
    bool retired = false;

    QString name(const QString &language) const { return language == QLatin1String("sv") ? nameSv : nameFi; }
};

enum class MeasureStatus { Planned, Active, Ended, Refused };

// A measure given to the child of a case.
struct Measure {
    QString id;
    QString caseId;
    QString catalogueId;
    LegalBasis basis = LegalBasis::SocialWelfareAct;
    QDate start;
    QDate plannedEnd;
    QDate endedOn;
    QString goals;
    MeasureStatus status = MeasureStatus::Planned;
    QString providerId;
    // The plan of the in-depth measures.
    double daysPerMonth = 0;   // support family: e.g. one weekend = 2 days of care
    int meetingsPerMonth = 0;  // support person: 1–2
    double hoursPerWeek = 0;   // family work
    bool intensified = false;  // intensified family work
    QString decisionId;        // filled by the decisions issue
    QString agreementId;       // filled by the agreements issue
};

} // namespace tukipolku
