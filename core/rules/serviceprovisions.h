#pragma once

#include "domain/measure.h"

#include <QString>

namespace tukipolku {

// The provisions a decision on a service applies by default, by the
// catalogue entry's code and the legal basis (checked against the acts as
// amended to 2025: SHL 1301/2014 after 790/2022, LSL 417/2007), and whether
// the service costs the client nothing (client fees act 734/1992 4 §).
class ServiceProvisions final {
public:
    // In Finnish abbreviations, e.g. "SHL 18 §" or "LSL 34 §, 36 §".
    static QString forService(const QString &code, LegalBasis basis);
    // The same in the document's language: BSL, SVL and FvL in Swedish.
    static QString localised(const QString &provisions, const QString &language);
    // The point of the client fees act 4 § that makes it free of charge: 1
    // for social work, guidance and family work, 4 for child welfare open
    // care; 0 when the act allows a fee or it is no service (money).
    static int freeOfChargePoint(const QString &code, LegalBasis basis, MeasureKind kind);
};

} // namespace tukipolku
