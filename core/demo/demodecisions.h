#pragma once

#include "domain/clientcase.h"
#include "domain/decision.h"
#include "domain/family.h"
#include "domain/measure.h"

#include <QDate>
#include <QHash>

#include <functional>

namespace tukipolku {

// The decisions of one demo measure, in the order they were made: the start,
// for some a change of the extent or a continuation, the end when the measure
// ended, now and then a correction or a refusal of another service. Each
// records the child's opinion as the child's age allows, every party heard,
// and what it grants.
class DemoDecisions final {
public:
    using Pick = std::function<int(int count)>;
    using NewId = std::function<QString()>;

    DemoDecisions(Pick pick, NewId newId, QDate today, QHash<QString, QString> catalogue);

    QList<Decision> forMeasure(const Measure &measure, InDepthType type, const ClientCase &clientCase,
                               const Family &family) const;
    // Whom an issued decision was served on and how: most by letter on the
    // day of issue, some in person, electronically or against a receipt;
    // the last few days' not all sent yet; now and then a request for review.
    QList<DecisionRecipient> serve(const Decision &decision, const ClientCase &clientCase, const Family &family) const;

private:
    Decision first(const Measure &measure, const ClientCase &clientCase, const Family &family) const;
    void hear(Decision &decision, const Person &child) const;
    Decision next(const Decision &previous, DecisionSubject subject, const QDate &issuedOn) const;
    void addChange(QList<Decision> &decisions, const Measure &measure, InDepthType type) const;
    void addCorrection(QList<Decision> &decisions) const;
    void addRefusal(QList<Decision> &decisions, const ClientCase &clientCase) const;

    Pick m_pick;
    NewId m_newId;
    QDate m_today;
    QHash<QString, QString> m_catalogue; // ids by code
};

} // namespace tukipolku
