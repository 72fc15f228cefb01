#pragma once

#include "documents/printabledocument.h"
#include "domain/clientcase.h"
#include "domain/organisation.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace tukipolku {

// The form "Yhteydenotto sosiaalihuoltoon tuen tarpeen arvioimiseksi"
// (SHL 35 §): another authority, or the family itself, asks social care to
// assess a child's need for support. Blank for handing out, or pre-filled from
// a case's initiation so that the worker can check it with the family.
class ContactFormDocument final {
public:
    struct Input {
        std::optional<ClientCase> clientCase; // nothing: the blank form
        QList<Person> guardians;
        Organisation organisation;
    };

    static QVariantMap data(const Input &input, const QString &language);
    static PageDecoration decoration(const Input &input, const QString &language);
};

} // namespace tukipolku
