#pragma once

#include "domain/clientcase.h"
#include "storage/session.h"

#include <QDateTime>

namespace tukipolku::test {

// A new household "Mäkelä" with its child Iida (born 9.9.2017, speaking
// `language`), and her case received at `received`; the case is returned as saved.
ClientCase openCaseOfIida(Session &session, const QDateTime &received,
                          PersonLanguage language = PersonLanguage::Finnish);

} // namespace tukipolku::test
