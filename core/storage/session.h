#pragma once

#include "storage/accesslog.h"
#include "storage/agreementrepository.h"
#include "storage/clientplandocuments.h"
#include "storage/contactforms.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/decisiondocuments.h"
#include "storage/decisionrecipients.h"
#include "storage/decisionrepository.h"
#include "storage/familyrepository.h"
#include "storage/measurelogrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/providerrepository.h"
#include "storage/reportedmonths.h"
#include "storage/workerrepository.h"

namespace tukipolku {

class CaseListModel;
struct CaseListFilter;

// The open database and the worker using it: hands out repositories that
// record that worker as the one who made each change. The pages keep one
// Session while the database behind it may be replaced.
class Session final {
public:
    explicit Session(const Database &database, QString workerId = {})
        : m_database(&database), m_workerId(std::move(workerId))
    {
    }

    const Database &database() const { return *m_database; }
    void setDatabase(const Database &database, const QString &workerId)
    {
        m_database = &database;
        m_workerId = workerId;
    }
    QString workerId() const { return m_workerId; }
    void setWorkerId(const QString &workerId) { m_workerId = workerId; }

    CaseRepository cases() const { return {m_database->connection(), m_workerId}; }
    FamilyRepository families() const { return {m_database->connection(), m_workerId}; }
    PersonRepository persons() const { return {m_database->connection(), m_workerId}; }
    WorkerRepository workers() const { return {m_database->connection(), m_workerId}; }
    MeasureRepository measures() const { return {m_database->connection(), m_workerId}; }
    MeasureLogRepository measureLogs() const { return {m_database->connection(), m_workerId}; }
    ProviderRepository providers() const { return {m_database->connection(), m_workerId}; }
    AccessLog accessLog() const { return {m_database->connection(), m_workerId}; }
    ClientPlanDocuments planDocuments() const { return {m_database->connection(), m_workerId}; }
    ContactForms contactForms() const { return {m_database->connection(), m_workerId}; }
    AgreementRepository agreements() const { return {m_database->connection(), m_workerId}; }
    DecisionRepository decisions() const { return {m_database->connection(), m_workerId}; }
    DecisionRecipients decisionRecipients() const { return {m_database->connection(), m_workerId}; }
    DecisionDocuments decisionDocuments() const { return {m_database->connection(), m_workerId}; }
    OrganisationRepository organisation() const { return {m_database->connection(), m_workerId}; }
    ReportedMonths reportedMonths() const { return {m_database->connection(), m_workerId}; }
    // Points a list model at this database, showing what `filter` selects.
    void attach(CaseListModel &model, const CaseListFilter &filter) const;

private:
    const Database *m_database;
    QString m_workerId;
};

} // namespace tukipolku
