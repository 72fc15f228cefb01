#include "storage/session.h"

#include "models/caselistmodel.h"

namespace tukipolku {

void Session::attach(CaseListModel &model, const CaseListFilter &filter) const
{
    model.setDatabaseAndFilter(m_database->connection(), filter);
}

} // namespace tukipolku
