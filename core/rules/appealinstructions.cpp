#include "rules/appealinstructions.h"

#include <QStringList>

namespace tukipolku {

int AppealInstructions::childAppealAge(LegalBasis basis)
{
    return basis == LegalBasis::ChildWelfareAct ? 12 : 15;
}

bool AppealInstructions::childMayAppeal(const Person &child, LegalBasis basis, const QDate &issuedOn)
{
    return child.ageOn(issuedOn) >= childAppealAge(basis);
}

QString AppealInstructions::text(const Organisation &o, const Person &child, LegalBasis basis, const QDate &decidedOn)
{
    QStringList board{o.boardName.isEmpty() ? tr("[the board named in the settings]") : o.boardName};
    for (const QString &part : {o.boardAddress, o.boardEmail}) {
        if (!part.isEmpty())
            board << part;
    }
    // Each guardian is a party on their own, not "the guardian" of the family.
    const QString who = childMayAppeal(child, basis, decidedOn)
                            ? tr("Each guardian may make the request on their own, and so may %1, who is %2 or older.")
                                  .arg(child.fullName())
                                  .arg(childAppealAge(basis))
                            : tr("Each guardian may make the request on their own.");
    // The last day as 150/1930 5 § words it: not only weekends and holidays.
    return tr("Request for review. If you are not satisfied with the decision, you may ask for it to be reviewed. "
              "The request for review is made in writing to: %1. It must be made within 30 days of receiving "
              "notification of the decision. A decision sent by ordinary letter counts as received on the seventh day "
              "after it was sent, one sent electronically on the third day, one handed over in person on that day; "
              "the day of receipt is not counted. If the last day is a Sunday or other public holiday, Independence "
              "Day, May Day, Christmas Eve, Midsummer Eve or a Saturday, the request may be made on the first working "
              "day after it. The request must state the decision, what change is requested and why, and the name and "
              "contact details of the person making it. The request costs nothing. %2")
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
