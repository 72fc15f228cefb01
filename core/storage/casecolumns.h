#pragma once

#include "domain/clientcase.h"

#include <QSqlRecord>
#include <QVariantMap>

namespace tukipolku::casecolumns {

// The columns of the pathway tables and their values for a record, and back.
QVariantMap fromInitiation(const Initiation &initiation);
Initiation toInitiation(const QSqlRecord &record);

QVariantMap fromAssessment(const Assessment &assessment);
Assessment toAssessment(const QSqlRecord &record);

QVariantMap fromPlan(const ClientPlan &plan); // without case, version and goals
ClientPlan toPlan(const QSqlRecord &record);

} // namespace tukipolku::casecolumns
