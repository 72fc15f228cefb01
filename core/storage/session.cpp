#include "storage/session.h"

#include "models/caselistmodel.h"

namespace tukipolku {

void Session::attach(CaseListModel &model) const
{
    model.setDatabase(m_database->connection());
}

} // namespace tukipolku
