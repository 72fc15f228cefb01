#include "documents/hearingstable.h"

#include "common/datefield.h"
#include "common/widgets.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>

namespace tukipolku::ui {

namespace {
enum Column { PartyColumn, HeardOnColumn, HowColumn, ExceptionColumn };

constexpr HearingException exceptions[] = {HearingException::None, HearingException::Dismissed,
                                           HearingException::Jeopardises, HearingException::GrantedOrNeedless};

QString exceptionName(HearingException exception)
{
    switch (exception) {
    case HearingException::None: return HearingsTable::tr("(heard)");
    case HearingException::Dismissed: return HearingsTable::tr("1: claim dismissed or plainly unfounded");
    case HearingException::Jeopardises: return HearingsTable::tr("4: hearing would endanger the purpose, or delay harm");
    case HearingException::GrantedOrNeedless: return HearingsTable::tr("5: claim granted, or hearing clearly needless");
    }
    return {};
}
} // namespace

HearingsTable::HearingsTable(QWidget *parent) : QTableWidget(0, 4, parent)
{
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(PartyColumn, QHeaderView::ResizeToContents);
    // A date field is a cell widget, which ResizeToContents does not measure: room for a whole date.
    horizontalHeader()->setSectionResizeMode(HeardOnColumn, QHeaderView::Fixed);
    horizontalHeader()->resizeSection(HeardOnColumn, fontMetrics().horizontalAdvance(QStringLiteral("30.12.2026")) + 48);
    horizontalHeader()->setSectionResizeMode(HowColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ExceptionColumn, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    retranslateUi();
    fitTableHeight(this);
}

void HearingsTable::setParties(const QStringList &parties)
{
    const QList<DecisionHearing> typed = hearings();
    setRowCount(int(parties.size()));
    for (int row = 0; row < parties.size(); ++row) {
        auto *party = new QTableWidgetItem(parties.at(row));
        party->setFlags(Qt::ItemIsEnabled);
        setItem(row, PartyColumn, party);
        auto *heardOn = new DateField(this);
        auto *how = new QLineEdit(this);
        how->setPlaceholderText(tr("e.g. at a meeting at the office"));
        auto *exception = new QComboBox(this);
        for (HearingException value : exceptions)
            exception->addItem(exceptionName(value));
        setCellWidget(row, HeardOnColumn, heardOn);
        setCellWidget(row, HowColumn, how);
        setCellWidget(row, ExceptionColumn, exception);
        for (QWidget *field : std::initializer_list<QWidget *>{heardOn, how, exception})
            field->setEnabled(m_editable);
        const auto earlier = std::find_if(typed.cbegin(), typed.cend(),
                                          [&](const DecisionHearing &h) { return h.party == parties.at(row); });
        if (earlier != typed.cend()) {
            heardOn->setDate(earlier->heardOn);
            how->setText(earlier->how);
            exception->setCurrentIndex(int(std::find(std::begin(exceptions), std::end(exceptions), earlier->exception)
                                           - std::begin(exceptions)));
        }
    }
    resizeColumnToContents(PartyColumn);
    fitTableHeight(this);
}

void HearingsTable::setHearings(const QList<DecisionHearing> &hearings)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QString party = item(row, PartyColumn)->text();
        const auto found = std::find_if(hearings.cbegin(), hearings.cend(),
                                        [&](const DecisionHearing &h) { return h.party == party; });
        const DecisionHearing h = found != hearings.cend() ? *found : DecisionHearing{};
        static_cast<DateField *>(cellWidget(row, HeardOnColumn))->setDate(h.heardOn);
        static_cast<QLineEdit *>(cellWidget(row, HowColumn))->setText(h.how);
        static_cast<QComboBox *>(cellWidget(row, ExceptionColumn))
            ->setCurrentIndex(int(std::find(std::begin(exceptions), std::end(exceptions), h.exception)
                                  - std::begin(exceptions)));
    }
}

QList<DecisionHearing> HearingsTable::hearings() const
{
    QList<DecisionHearing> list;
    for (int row = 0; row < rowCount(); ++row) {
        DecisionHearing h;
        h.party = item(row, PartyColumn)->text();
        h.heardOn = static_cast<DateField *>(cellWidget(row, HeardOnColumn))->date();
        h.how = static_cast<QLineEdit *>(cellWidget(row, HowColumn))->text();
        h.exception = exceptions[std::max(0, static_cast<QComboBox *>(cellWidget(row, ExceptionColumn))->currentIndex())];
        list << h;
    }
    return list;
}

bool HearingsTable::isAcceptable() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (!static_cast<DateField *>(cellWidget(row, HeardOnColumn))->isAcceptable())
            return false;
    }
    return true;
}

void HearingsTable::setEditable(bool editable)
{
    m_editable = editable;
    for (int row = 0; row < rowCount(); ++row) {
        for (int column : {HeardOnColumn, HowColumn, ExceptionColumn})
            cellWidget(row, column)->setEnabled(editable);
    }
}

void HearingsTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

void HearingsTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Party"), tr("Heard on"), tr("How"), tr("Or not heard: HL 34 § 2 mom")});
    for (int row = 0; row < rowCount(); ++row) {
        auto *combo = static_cast<QComboBox *>(cellWidget(row, ExceptionColumn));
        const int current = combo->currentIndex();
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i, exceptionName(exceptions[i]));
        combo->setCurrentIndex(current);
        static_cast<QLineEdit *>(cellWidget(row, HowColumn))->setPlaceholderText(tr("e.g. at a meeting at the office"));
    }
}

} // namespace tukipolku::ui
