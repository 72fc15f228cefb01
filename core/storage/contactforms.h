#pragma once

#include "common/outcome.h"
#include "documents/printabledocument.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tukipolku {

// The contact form (SHL 35 §) of a case's initiation, pre-filled with the
// child, the guardians, who contacted and why; and the blank form to hand out.
class ContactForms final {
public:
    ContactForms(const QSqlDatabase &database, QString currentWorkerId);

    // The form of the initiation `initiationId` in `language` (empty: the
    // child's); nothing for an unknown id.
    Outcome<PrintableDocument> document(const QString &initiationId, const QString &language = {}) const;
    // The blank form in `language` ("fi" or "sv") with the unit's contact details.
    PrintableDocument blank(const QString &language) const;

private:
    QSqlDatabase m_database;
    QString m_currentWorkerId;
};

} // namespace tukipolku
