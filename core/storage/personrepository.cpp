#include "storage/personrepository.h"
#include "common/clock.h"

#include "rules/identitycode.h"
#include "storage/codes.h"
#include "storage/recordwriter.h"

#include "storage/reads.h"

#include <QSqlQuery>

namespace tukipolku {

namespace {
const QStringList personColumns{QStringLiteral("id"),          QStringLiteral("first_names"),
                                QStringLiteral("last_name"),   QStringLiteral("identity_code"),
                                QStringLiteral("birth_date"),  QStringLiteral("language"),
                                QStringLiteral("phone"),       QStringLiteral("email"),
                                QStringLiteral("street_address"), QStringLiteral("postal_code"),
                                QStringLiteral("post_office")};
} // namespace

PersonRepository::PersonRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

QString PersonRepository::columnList(const QString &alias)
{
    if (alias.isEmpty())
        return personColumns.join(QLatin1String(", "));
    QStringList qualified;
    for (const QString &column : personColumns)
        qualified << alias + QLatin1Char('.') + column;
    return qualified.join(QLatin1String(", "));
}

Person PersonRepository::fromColumns(const QVariantList &values)
{
    Person person;
    person.id = values.value(0).toString();
    person.firstNames = values.value(1).toString();
    person.lastName = values.value(2).toString();
    person.identityCode = values.value(3).toString();
    person.birthDate = codes::toDate(values.value(4));
    person.language = codes::fromCode(codes::languages, values.value(5).toString());
    person.phone = values.value(6).toString();
    person.email = values.value(7).toString();
    person.streetAddress = values.value(8).toString();
    person.postalCode = values.value(9).toString();
    person.postOffice = values.value(10).toString();
    return person;
}

Result PersonRepository::validate(Person &person) const
{
    person.firstNames = person.firstNames.trimmed();
    person.lastName = person.lastName.trimmed();
    if (person.firstNames.isEmpty() || person.lastName.isEmpty())
        return Result::failure(tr("Enter the person's first names and last name."));
    if (!person.identityCode.trimmed().isEmpty()) {
        const IdentityCodeParse parsed = parseIdentityCode(person.identityCode);
        if (!parsed.isValid())
            return Result::failure(parsed.message());
        person.identityCode = parsed.normalized;
        person.birthDate = parsed.birthDate;
    } else {
        person.identityCode.clear();
        if (!person.birthDate.isValid())
            return Result::failure(tr("Enter the identity code, or the birth date for a person without one."));
    }
    if (person.birthDate > Clock::today())
        return Result::failure(tr("The birth date cannot be in the future."));
    if (!person.identityCode.isEmpty()) {
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("SELECT first_names || ' ' || last_name FROM persons "
                                     "WHERE identity_code = ? AND id <> ?"));
        query.addBindValue(person.identityCode);
        query.addBindValue(person.id.isEmpty() ? QStringLiteral("-") : person.id); // a new person has no id yet
        if (query.exec() && query.next()) {
            return Result::failure(tr("The identity code %1 is already recorded for %2. Open that person "
                                      "instead of adding them again.")
                                       .arg(person.identityCode, query.value(0).toString()));
        }
    }
    return {};
}

Result PersonRepository::save(Person &person)
{
    if (Result valid = validate(person); !valid)
        return valid;
    const QVariantMap values{{QStringLiteral("first_names"), person.firstNames},
                             {QStringLiteral("last_name"), person.lastName},
                             {QStringLiteral("identity_code"), codes::text(person.identityCode)},
                             {QStringLiteral("birth_date"), codes::date(person.birthDate)},
                             {QStringLiteral("language"), codes::toCode(codes::languages, person.language)},
                             {QStringLiteral("phone"), person.phone.trimmed()},
                             {QStringLiteral("email"), person.email.trimmed()},
                             {QStringLiteral("street_address"), person.streetAddress.trimmed()},
                             {QStringLiteral("postal_code"), person.postalCode.trimmed()},
                             {QStringLiteral("post_office"), person.postOffice.trimmed()}};
    RecordWriter writer(m_database, m_currentWorkerId);
    Transaction transaction(m_database);
    const bool isNew = person.id.isEmpty();
    const QString id = isNew ? RecordWriter::newId() : person.id;
    const Result written = isNew ? writer.insert(QStringLiteral("persons"), id, values)
                                 : writer.update(QStringLiteral("persons"), id, values);
    if (!written)
        return written;
    if (Result committed = transaction.commit(); !committed)
        return committed;
    person.id = id;
    return {};
}

Outcome<Person> PersonRepository::find(const QString &id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM persons WHERE id = ?").arg(columnList()));
    query.addBindValue(id);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    QVariantList values;
    for (int i = 0; i < personColumns.size(); ++i)
        values << row->value(i);
    return fromColumns(values);
}

} // namespace tukipolku
