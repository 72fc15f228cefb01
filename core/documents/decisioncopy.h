#pragma once

#include "domain/decision.h"

#include <QString>
#include <QVariantMap>

namespace tukipolku {

// One recipient's copy of an issued decision: the document as issued, with
// the recipient's address block for a window envelope at its top and their
// own time limit at the head of the appeal instructions. The words of both
// parts come from the template "decision_copy".
class DecisionCopy final {
public:
    // Where the parts go in a decision's template; a template without them
    // gets the address first and the time limit last.
    static constexpr char addressMarker[] = "<!--recipient-address-->";
    static constexpr char serviceMarker[] = "<!--recipient-service-->";

    // The data of the address part (addressPart) or of the service part.
    static QVariantMap data(const DecisionRecipient &recipient, bool addressPart);
    // `html` with the two rendered parts put in their places.
    static QString compose(const QString &html, const QString &addressHtml, const QString &serviceHtml);
};

} // namespace tukipolku
