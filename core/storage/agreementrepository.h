#pragma once

#include "common/outcome.h"
#include "common/result.h"
#include "documents/agreementdocument.h"
#include "domain/agreement.h"
#include "domain/measure.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tukipolku {

// Written agreements: drafts pre-filled from a measure, signing by each
// party, the frozen signed content, new versions, and ending.
class AgreementRepository final {
    Q_DECLARE_TR_FUNCTIONS(AgreementRepository)

public:
    AgreementRepository(const QSqlDatabase &database, QString currentWorkerId);

    // A draft from a measure: the guardians, the provider's adults or the
    // support person, the unit and its worker, the child; the measure's goals
    // and dates; the compensation of the rate valid at the start.
    Agreement draftFromMeasure(const Measure &measure) const;
    // A new version of a signed agreement that replaces it from `from`.
    Agreement newVersion(const Agreement &signedAgreement, const QDate &from) const;

    // What a change to a text that some parties have already signed does.
    enum class OnSignedText { Refuse, RestartSignatures };
    // Saves a draft (new when id is empty); a signed agreement is refused.
    // Every signature is given to one text: a draft some parties have signed
    // is changed only by clearing their signatures, so that all sign again.
    Result save(Agreement &agreement, OnSignedText onSignedText = OnSignedText::Refuse);
    Outcome<Agreement> find(const QString &id) const;
    Outcome<QList<Agreement>> agreementsOfCase(const QString &caseId) const;
    // Signed agreements of a measure that are still in force.
    Outcome<QList<Agreement>> inForce(const QString &measureId) const;
    // What is missing before the agreement can be signed, in words.
    QStringList missing(const Agreement &agreement) const;
    // Records that party `partyIndex` signed; the last signature freezes the
    // agreement and ends the version it replaces the day before it starts.
    Result sign(const QString &agreementId, int partyIndex, const QDate &signedOn);
    // Ends a signed agreement, as planned or early (terminated).
    Result end(const QString &agreementId, const QDate &endedOn, const QString &reason, bool early);
    QByteArray frozenContent(const QString &agreementId) const;

    // Everything the agreement's document shows.
    Outcome<AgreementDocument::Input> documentInput(const Agreement &agreement, const QString &language) const;
    // The document in `language` (empty: the language it was signed in, for a
    // draft the child's). A signed agreement in the language it was signed in
    // is the stored document, byte for byte. Nothing for an unknown id.
    Outcome<PrintableDocument> document(const QString &agreementId, const QString &language = {}) const;

private:
    // The agreements whose ids the prepared query selects; any that cannot be read fails the list.
    Outcome<QList<Agreement>> agreementsOf(QSqlQuery &ids) const;
    Result writeParties(const QString &agreementId, const QList<AgreementParty> &parties);
    // The document rendered when the last party signs, kept with the agreement.
    Result storeDocument(const Agreement &agreement);

    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku
