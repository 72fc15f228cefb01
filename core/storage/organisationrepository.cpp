#include "storage/organisationrepository.h"

#include "rules/organisationrules.h"
#include "storage/recordwriter.h"
#include "storage/reads.h"

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
                        {"organiser_sv", &Organisation::organiserSv},
                        {"unit", &Organisation::unit},
                        {"unit_sv", &Organisation::unitSv},
                        {"postal_address", &Organisation::postalAddress},
                        {"postal_code", &Organisation::postalCode},
                        {"post_office", &Organisation::postOffice},
                        {"visiting_address", &Organisation::visitingAddress},
                        {"phone", &Organisation::phone},
                        {"phone_hours", &Organisation::phoneHours},
                        {"email", &Organisation::email},
                        {"emergency_line", &Organisation::emergencyLine},
                        {"board_name", &Organisation::boardName},
                        {"board_name_sv", &Organisation::boardNameSv},
                        {"registry_address", &Organisation::registryAddress},
                        {"registry_email", &Organisation::registryEmail},
                        {"registry_hours", &Organisation::registryHours},
                        {"document_footer", &Organisation::documentFooter},
                        {"template_folder", &Organisation::templateFolder}};
// The logo is kept as base64 text beside the other settings.
constexpr char logoKey[] = "logo_png";
constexpr qsizetype maximumLogoBytes = 512 * 1024;
const QByteArray pngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
} // namespace

OrganisationRepository::OrganisationRepository(const QSqlDatabase &database, QString currentWorkerId)
    : m_database(database), m_currentWorkerId(std::move(currentWorkerId))
{
}

Outcome<Organisation> OrganisationRepository::read() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT key, value FROM organisation_settings"));
    const Outcome<QList<std::pair<QString, QString>>> rows =
        allRows<std::pair<QString, QString>>(m_database, query, [](const QSqlQuery &row) {
            return std::pair(row.value(0).toString(), row.value(1).toString());
        });
    if (!rows)
        return rows.failure();
    Organisation organisation;
    for (const auto &[key, value] : *rows) {
        for (const Field &field : fields) {
            if (key == QLatin1String(field.key))
                organisation.*field.member = value;
        }
        if (key == QLatin1String(logoKey))
            organisation.logo = QByteArray::fromBase64(value.toLatin1());
    }
    return organisation;
}

Organisation OrganisationRepository::load() const
{
    return read().value_or(Organisation());
}

Result OrganisationRepository::save(const Organisation &organisation)
{
    if (const QStringList problems = OrganisationRules::problems(organisation); !problems.isEmpty())
        return Result::failure(problems.first());
    if (const QString folder = organisation.templateFolder.trimmed(); !folder.isEmpty() && !QFileInfo(folder).isDir())
        return Result::failure(tr("The templates folder %1 does not exist. Choose an existing folder or leave it empty "
                                  "to use the built-in templates.")
                                   .arg(QDir::toNativeSeparators(folder)));
    if (!organisation.logo.isEmpty() && !organisation.logo.startsWith(pngSignature))
        return Result::failure(tr("The logo must be a PNG image."));
    if (organisation.logo.size() > maximumLogoBytes)
        return Result::failure(tr("The logo is too large (%1 KB): at most %2 KB. Use a smaller image.")
                                   .arg(organisation.logo.size() / 1024)
                                   .arg(maximumLogoBytes / 1024));
    Transaction transaction(m_database);
    for (const Field &field : fields) {
        if (const Result written = writeSetting(QLatin1String(field.key), (organisation.*field.member).trimmed()); !written)
            return written;
    }
    if (const Result written = writeSetting(QLatin1String(logoKey), QString::fromLatin1(organisation.logo.toBase64()));
        !written)
        return written;
    return transaction.commit();
}

Result OrganisationRepository::writeSetting(const QString &key, const QString &value)
{
    RecordWriter writer(m_database, m_currentWorkerId);
    const QVariantMap values{{QStringLiteral("value"), value}};
    QSqlQuery existing(m_database);
    existing.prepare(QStringLiteral("SELECT id FROM organisation_settings WHERE key = ?"));
    existing.addBindValue(key);
    if (existing.exec() && existing.next())
        return writer.update(QStringLiteral("organisation_settings"), existing.value(0).toString(), values);
    QVariantMap insert = values;
    insert.insert(QStringLiteral("key"), key);
    return writer.insert(QStringLiteral("organisation_settings"), RecordWriter::newId(), insert);
}

} // namespace tukipolku
