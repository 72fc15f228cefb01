#include "storage/familyrepository.h"

#include "storage/codes.h"
#include "storage/personrepository.h"
#include "storage/readcheck.h"
#include "storage/recordwriter.h"
#include "storage/reads.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace tukipolku {

FamilyRepository::FamilyRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Result FamilyRepository::save(Family &family)
{
    family.name = family.name.trimmed();
    if (family.name.isEmpty())
        return Result::failure(tr("Enter a name for the family, usually the family name."));
    RecordWriter writer(m_database, m_currentWorkerId);
    Transaction transaction(m_database);
    const QVariantMap values{{QStringLiteral("name"), family.name}};
    const bool isNew = family.id.isEmpty();
    const QString id = isNew ? RecordWriter::newId() : family.id;
    const Result written = isNew ? writer.insert(QStringLiteral("families"), id, values)
                                 : writer.update(QStringLiteral("families"), id, values);
    if (!written)
        return written;
    if (Result committed = transaction.commit(); !committed)
        return committed;
    family.id = id;
    return {};
}

Result FamilyRepository::addMember(const QString &familyId, Person &person, FamilyRole role)
{
    Transaction transaction(m_database);
    PersonRepository persons(m_database, m_currentWorkerId);
    if (Result saved = persons.save(person); !saved)
        return saved;
    QSqlQuery existing(m_database);
    existing.prepare(QStringLiteral("SELECT id FROM family_members WHERE family_id = ? AND person_id = ?"));
    existing.addBindValue(familyId);
    existing.addBindValue(person.id);
    RecordWriter writer(m_database, m_currentWorkerId);
    const QVariantMap values{{QStringLiteral("role"), codes::toCode(codes::roles, role)},
                             {QStringLiteral("archived_at"), QVariant()}};
    Result written;
    if (existing.exec() && existing.next()) {
        written = writer.update(QStringLiteral("family_members"), existing.value(0).toString(), values);
    } else {
        QVariantMap insert = values;
        insert.insert(QStringLiteral("family_id"), familyId);
        insert.insert(QStringLiteral("person_id"), person.id);
        written = writer.insert(QStringLiteral("family_members"), RecordWriter::newId(), insert);
    }
    if (!written)
        return written;
    return transaction.commit();
}

Result FamilyRepository::setMemberRole(const QString &memberId, FamilyRole role)
{
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    if (Result written = writer.update(QStringLiteral("family_members"), memberId,
                                       {{QStringLiteral("role"), codes::toCode(codes::roles, role)}});
        !written)
        return written;
    return transaction.commit();
}

Result FamilyRepository::removeMember(const QString &memberId)
{
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    if (Result written = writer.update(QStringLiteral("family_members"), memberId,
                                       {{QStringLiteral("archived_at"), codes::nowUtc()}});
        !written)
        return written;
    return transaction.commit();
}

Outcome<Family> FamilyRepository::find(const QString &id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT name FROM families WHERE id = ?"));
    query.addBindValue(id);
    const Outcome<QSqlRecord> row = singleRow(m_database, query);
    if (!row)
        return row.failure();
    Family family;
    family.id = id;
    family.name = row->value(0).toString();

    QSqlQuery members(m_database);
    members.prepare(QStringLiteral("SELECT m.id, m.role, %1 FROM family_members m "
                                   "JOIN persons p ON p.id = m.person_id "
                                   "WHERE m.family_id = ? AND m.archived_at IS NULL "
                                   "ORDER BY m.role = 'child', p.birth_date, p.first_names")
                        .arg(PersonRepository::columnList(QStringLiteral("p"))));
    members.addBindValue(id);
    members.exec();
    while (members.next()) {
        QVariantList values;
        for (int i = 2; i < members.record().count(); ++i)
            values << members.value(i);
        family.members.append({members.value(0).toString(), PersonRepository::fromColumns(values),
                               codes::fromCode(codes::roles, members.value(1).toString())});
    }
    // A family read in part would be shown without some of its members.
    ReadCheck check;
    check.check(members);
    if (!check.ok())
        return check.failure(m_database);
    return family;
}

Outcome<QList<Family>> FamilyRepository::familiesOf(const QString &personId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT family_id FROM family_members WHERE person_id = ? AND archived_at IS NULL"));
    query.addBindValue(personId);
    const Outcome<QList<QString>> ids = allRows<QString>(m_database, query, [](const QSqlQuery &row) {
        return row.value(0).toString();
    });
    if (!ids)
        return ids.failure();
    QList<Family> families;
    for (const QString &id : *ids) {
        const Outcome<Family> family = find(id);
        if (family.isFailed())
            return family.failure();
        if (family)
            families.append(*family);
    }
    return families;
}

} // namespace tukipolku
