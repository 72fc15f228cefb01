#include "storage/organisationrepository.h"

#include "rules/providerrules.h"
#include "storage/recordwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace tukipolku {

namespace {
// The keys of the fields, in the order of Organisation.
struct Field {
    const char *key;
    QString Organisation::*member;
};
const Field fields[] = {{"organiser", &Organisation::organiser},
                        {"unit", &Organisation::unit},
                        {"postal_address", &Organisation::postalAddress},
                        {"visiting_address", &Organisation::visitingAddress},
                        {"phone", &Organisation::phone},
                        {"phone_hours", &Organisation::phoneHours},
                        {"email", &Organisation::email},
                        {"emergency_line", &Organisation::emergencyLine},
                        {"board_name", &Organisation::boardName},
                        {"board_address", &Organisation::boardAddress},
                        {"board_email", &Organisation::boardEmail},
                        {"document_footer", &Organisation::documentFooter},
                        {"template_folder", &Organisation::templateFolder}};
} // namespace

OrganisationRepository::OrganisationRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Organisation OrganisationRepository::load() const
{
    Organisation organisation;
    QSqlQuery query(m_database);
    query.exec(QStringLiteral("SELECT key, value FROM organisation_settings"));
    while (query.next()) {
        for (const Field &field : fields) {
            if (query.value(0).toString() == QLatin1String(field.key))
                organisation.*field.member = query.value(1).toString();
        }
    }
    return organisation;
}

Result OrganisationRepository::save(const Organisation &organisation)
{
    for (const QString &email : {organisation.email, organisation.boardEmail}) {
        if (const QString problem = ProviderRules::emailProblem(email); !problem.isEmpty())
            return Result::failure(problem);
    }
    if (const QString folder = organisation.templateFolder.trimmed(); !folder.isEmpty() && !QFileInfo(folder).isDir())
        return Result::failure(tr("The templates folder %1 does not exist. Choose an existing folder or leave it empty "
                                  "to use the built-in templates.")
                                   .arg(QDir::toNativeSeparators(folder)));
    Transaction transaction(m_database);
    RecordWriter writer(m_database, m_currentWorkerId);
    for (const Field &field : fields) {
        const QString key = QLatin1String(field.key);
        const QVariantMap values{{QStringLiteral("value"), (organisation.*field.member).trimmed()}};
        QSqlQuery existing(m_database);
        existing.prepare(QStringLiteral("SELECT id FROM organisation_settings WHERE key = ?"));
        existing.addBindValue(key);
        Result written;
        if (existing.exec() && existing.next()) {
            written = writer.update(QStringLiteral("organisation_settings"), existing.value(0).toString(), values);
        } else {
            QVariantMap insert = values;
            insert.insert(QStringLiteral("key"), key);
            written = writer.insert(QStringLiteral("organisation_settings"), RecordWriter::newId(), insert);
        }
        if (!written)
            return written;
    }
    return transaction.commit();
}

} // namespace tukipolku
