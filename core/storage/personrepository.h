#pragma once

#include "common/outcome.h"
#include "domain/person.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace tukipolku {

// Persons: children, guardians and other family members.
class PersonRepository final {
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    PersonRepository(const QSqlDatabase &database, QString currentWorkerId);

    // Checks the person's data: names, a valid identity code or a birth date.
    // Normalises the identity code and derives the birth date from it.
    Result validate(Person &person) const;
    // Inserts a new person (empty id) or updates one; sets person.id. Runs
    // inside the caller's transaction when there is one.
    Result save(Person &person);
    Outcome<Person> find(const QString &id) const;

    static Person fromColumns(const QVariantList &values); // in the order of columnList()
    static QString columnList(const QString &alias = {});

private:
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku
