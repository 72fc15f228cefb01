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
    const QString board = o.boardName.isEmpty() ? tr("[the board named in the settings]") : o.boardName;
    QStringList registry;
    for (const QString &part : {o.registryAddress, o.registryEmail}) {
        if (!part.isEmpty())
            registry << part;
    }
    const QString delivery = registry.isEmpty() ? tr("[the registry named in the settings]")
                                                : registry.join(QLatin1String(", "));
    const QString hours = o.registryHours.isEmpty() ? tr("[the registry's opening hours]") : o.registryHours;
    // Each guardian is a party on their own, not "the guardian" of the family.
    const QString who = childMayAppeal(child, basis, decidedOn)
                            ? tr("Each guardian may make the request on their own, and so may %1, who is %2 or older.")
                                  .arg(child.fullName())
                                  .arg(childAppealAge(basis))
                            : tr("Each guardian may make the request on their own.");
    // HL 46–47 §, 49 c–d §; the last day as 150/1930 5 § words it.
    return tr("Request for review. If you are not satisfied with the decision, you may ask for it to be reviewed. "
              "The request is made in writing to the authority: %1. Deliver it to the registry: %2 "
              "(open %3).")
               .arg(board, delivery, hours)
        + QLatin1Char('\n')
        + tr("The request must be made within 30 days of receiving notification of the decision; the day of receipt "
             "is not counted. A decision sent by ordinary letter counts as received on the seventh day after it was "
             "sent, one sent electronically on the third day, one handed over in person on that day and one served "
             "against a receipt on the day written on the receipt. If the last day is a public holiday, Independence "
             "Day, May Day, Christmas Eve, Midsummer Eve or a Saturday, the request may be made on the first working "
             "day after it. The request must reach the registry by the end of its opening hours on the last day; it "
             "is sent at the sender's own risk. Your own last day is on your copy of the decision.")
        + QLatin1Char('\n')
        + tr("The request must state the decision it concerns, what change is requested and on what grounds, and "
             "the name and contact details of the person making it (a representative gives their own as well). The "
             "request costs nothing. %1")
              .arg(who);
}

QString AppealInstructions::missingSettings(const Organisation &o)
{
    if (o.boardName.trimmed().isEmpty() || (o.registryAddress.trimmed().isEmpty() && o.registryEmail.trimmed().isEmpty())
        || o.registryHours.trimmed().isEmpty())
        return tr("The appeal instructions need the board that hears requests for review, the address or e-mail of "
                  "the registry where requests are delivered, and its opening hours: add them under Settings > "
                  "Organisation.");
    return {};
}

} // namespace tukipolku
