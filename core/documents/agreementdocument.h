#pragma once

#include "documents/printabledocument.h"
#include "domain/agreement.h"
#include "domain/clientcase.h"
#include "domain/measure.h"
#include "domain/organisation.h"

#include <QString>
#include <QVariantMap>

namespace tukipolku {

// The data of a written agreement of a support family or support person, in
// Finnish or Swedish, for its template (support_family_agreement or
// support_person_agreement): the parties with their places for signature, the
// goals, duration, need for support, shared practices, confidentiality and
// the compensation in euros.
class AgreementDocument final {
public:
    struct Input {
        Agreement agreement;
        ClientCase clientCase;
        Organisation organisation;
        InDepthType kind = InDepthType::SupportFamily;
        QString serviceName; // the catalogue name in the document's language
    };

    // The template's name for the kind of agreement.
    static QString templateKind(InDepthType kind);
    static QVariantMap data(const Input &input, const QString &language);
    static PageDecoration decoration(const Input &input, const QString &language);
    // "per day of care" and the like, in the document's language.
    static QString unitText(RateUnit unit, const QString &language);
    // The role of a party as the document names it.
    static QString roleText(PartyRole role, InDepthType kind, const QString &language);
};

} // namespace tukipolku
