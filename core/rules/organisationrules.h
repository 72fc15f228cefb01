#pragma once

#include "domain/organisation.h"

#include <QCoreApplication>
#include <QStringList>

namespace tukipolku {

// What the organisation's settings must hold before documents print them.
// Each problem is a sentence that starts with the field's name, so that the
// settings page can say it as the worker types.
class OrganisationRules final {
    Q_DECLARE_TR_FUNCTIONS(OrganisationRules)

public:
    enum class Field { PostalCode, Phone, Email, EmergencyLine, RegistryEmail };

    // The problem of one field's value; empty when it is fine (or empty).
    static QString problem(Field field, const QString &value);
    // Every problem of the settings, in the order of the settings page.
    static QStringList problems(const Organisation &organisation);
    // A phone number: digits with spaces, hyphens, parentheses and a leading +.
    static QString phoneProblem(const QString &phone);

private:
    static QString fieldName(Field field);
};

} // namespace tukipolku
