#include "rules/appealinstructions.h"

#include <QStringList>

namespace tukipolku {

QString AppealInstructions::text(const Organisation &o, const Person &child, const QDate &decidedOn)
{
    QStringList board{o.boardName.isEmpty() ? tr("[the board named in the settings]") : o.boardName};
    for (const QString &part : {o.boardAddress, o.boardEmail}) {
        if (!part.isEmpty())
            board << part;
    }
    const int age = child.ageOn(decidedOn);
    const QString who = age >= childAgeToAppeal
                            ? tr("The request may be made by %1, who is 12 or older, and by the guardian.").arg(child.fullName())
                            : tr("The request may be made by the guardian.");
    return tr("Request for review. If you are not satisfied with the decision, you may ask for it to be reviewed. "
              "The request for review is made in writing to: %1. It must be made within 30 days of receiving "
              "notification of the decision. A decision sent by ordinary letter counts as received on the seventh day "
              "after it was sent, one sent electronically on the third day, one handed over in person on that day; "
              "the day of receipt is not counted. If the last day falls on a Saturday, a Sunday or a public holiday, "
              "the request may be made on the next working day. The request must state the decision, what change is "
              "requested and why, and the name and contact details of the person making it. %2")
        .arg(board.join(QLatin1String(", ")), who);
}

QString AppealInstructions::missingSettings(const Organisation &o)
{
    if (o.boardName.trimmed().isEmpty() || (o.boardAddress.trimmed().isEmpty() && o.boardEmail.trimmed().isEmpty()))
        return tr("The appeal instructions need the board that hears requests for review and its address or e-mail: "
                  "add them under Settings > Organisation.");
    return {};
}

} // namespace tukipolku
