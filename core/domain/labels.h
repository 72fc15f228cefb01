#pragma once

#include "domain/clientcase.h"
#include "domain/family.h"
#include "domain/measure.h"
#include "domain/measurelog.h"
#include "domain/provider.h"
#include "rules/deadlines.h"
#include "worklist/workitem.h"

#include <QCoreApplication>
#include <QString>

namespace tukipolku {

// The names of the domain's values in the user's language, for lists, forms
// and reports.
class Labels final {
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString stage(CaseStage stage);
    static QString role(FamilyRole role);
    static QString language(PersonLanguage language);
    static QString channel(ContactChannel channel);
    static QString contactBy(ContactBy contactBy);
    static QString authority(AuthorityKind kind);
    static QString notifier(NotifierKind kind);
    static QString reason(ContactReason reason);
    static QString policeReport(PoliceReport report);
    static QString needDuration(NeedDuration duration);
    static QString noPlanReason(NoPlanReason reason);
    static QString deadlineKind(DeadlineKind kind);
    // A state as words, so that it never relies on colour alone.
    static QString deadlineState(DeadlineState state);
    // What a worklist row asks to be done, e.g. "Decide whether the assessment starts".
    static QString workKind(WorkKind kind);

    static QString legalBasis(LegalBasis basis);
    static QString measureStatus(MeasureStatus status);
    // The status as the case shows it: a planned measure without its decision is "awaiting decision".
    static QString measureStatus(const Measure &measure);
    static QString measureKind(MeasureKind kind);
    static QString providerKind(ProviderKind kind);
    static QString providerStatus(ProviderStatus status);
    static QString visitPlace(VisitPlace place);
    // The catalogue entry's name in the user's language (Swedish when the UI is Swedish).
    static QString measureName(const CatalogueEntry &entry);

    // A recorded field's name in the history of a case, e.g. "Decided on".
    static QString field(const QString &table, const QString &column);
    // The kind of record a table holds, e.g. "decision" for "decisions".
    static QString tableName(const QString &table);
    // A stored value as the user knows it: dates, yes/no and coded choices in words.
    static QString storedValue(const QString &column, const QString &value);

    // Dates as written in Finland in all three languages: 3.3.2026, 3.3.2026 14.05.
    static QString date(const QDate &date);
    static QString dateTime(const QDateTime &dateTime);
};

} // namespace tukipolku
