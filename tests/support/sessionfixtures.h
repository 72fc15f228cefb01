#pragma once

#include "domain/clientcase.h"
#include "storage/session.h"

#include <QDateTime>

namespace tukipolku::test {

// A new household "Mäkelä" with its child Iida (born 9.9.2017, speaking
// `language`), and a case of hers not yet opened, for a test to fill in.
ClientCase familyOfIida(Session &session, PersonLanguage language = PersonLanguage::Finnish);

// The same, with her case received at `received` opened; the case is returned as saved.
ClientCase openCaseOfIida(Session &session, const QDateTime &received,
                          PersonLanguage language = PersonLanguage::Finnish);

} // namespace tukipolku::test
