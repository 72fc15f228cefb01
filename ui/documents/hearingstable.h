#pragma once

#include "domain/decision.h"

#include <QTableWidget>

namespace tukipolku::ui {

// One row for each party of a decision: when and how they were heard, or
// which exception of HL 34 § 2 mom applied. The rows follow the parties'
// lines; what was typed for a party stays with that party's name.
class HearingsTable final : public QTableWidget {
    Q_OBJECT

public:
    explicit HearingsTable(QWidget *parent = nullptr);

    void setParties(const QStringList &parties);
    void setHearings(const QList<DecisionHearing> &hearings);
    QList<DecisionHearing> hearings() const;
    void setEditable(bool editable);
    // Whether every typed date is a date.
    bool isAcceptable() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    bool m_editable = true;
};

} // namespace tukipolku::ui
