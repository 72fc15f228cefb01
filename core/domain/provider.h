#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace tukipolku {

enum class ProviderKind { SupportFamily, SupportPerson, FamilyWorker };
enum class ProviderStatus { Active, Paused, Ended };

// A support family, a support person or a family worker in the registry.
struct Provider {
    QString id;
    ProviderKind kind = ProviderKind::SupportFamily;
    QString name;   // e.g. "Laine, Matti ja Anna" or "Nieminen, Sari"
    QString adults; // a support family's adults, one per line
    QString streetAddress;
    QString postalCode;
    QString postOffice;
    QString phone;
    QString email;
    QStringList languages; // "fi", "sv", "en", other ISO 639-1 codes
    int capacity = 1;      // children at a time
    int minAge = 0;
    int maxAge = 17;
    ProviderStatus status = ProviderStatus::Active;
    QDate trainingCompletedOn;
    QDate criminalRecordCheckedOn; // extract of the criminal record (504/2002)
    QString identityCode;
    QString iban;
    QString notes;
    QString workerId; // a family worker is one of the unit's workers
};

} // namespace tukipolku
