#include "settings/ratespage.h"

#include "common/datefield.h"
#include "common/errorlabel.h"
#include "domain/labels.h"
#include "storage/session.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tukipolku::ui {

namespace {
QDoubleSpinBox *euros(QWidget *parent, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 10000);
    box->setDecimals(2);
    box->setSuffix(suffix);
    return box;
}

qint64 cents(double euros)
{
    return qint64(std::llround(euros * 100));
}

QString amount(qint64 cents)
{
    return QLocale().toString(double(cents) / 100.0, 'f', 2) + QStringLiteral(" €");
}

QString unitText(RateUnit unit)
{
    switch (unit) {
    case RateUnit::PerDayOfCare: return RatesPage::tr("per day of care");
    case RateUnit::PerMeeting: return RatesPage::tr("per meeting");
    case RateUnit::PerMonth: return RatesPage::tr("per month");
    }
    return {};
}
} // namespace

QComboBox *RatesPage::unitCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (RateUnit unit : {RateUnit::PerDayOfCare, RateUnit::PerMeeting, RateUnit::PerMonth})
        combo->addItem(unitText(unit), int(unit));
    return combo;
}

RatesPage::RatesPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Provider"), tr("Valid from"), tr("Valid to"), tr("Fee"),
                                        tr("Expense allowance"), tr("Mileage")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_kind = new QComboBox(this);
    for (ProviderKind kind : {ProviderKind::SupportFamily, ProviderKind::SupportPerson})
        m_kind->addItem(Labels::providerKind(kind), int(kind));
    m_from = new DateField(this);
    m_fee = euros(this, QStringLiteral(" €"));
    m_feeUnit = unitCombo(this);
    m_expenses = euros(this, QStringLiteral(" €"));
    m_expensesUnit = unitCombo(this);
    m_mileage = euros(this, tr(" €/km"));
    m_mileage->setDecimals(2);
    m_error = new ErrorLabel(this);
    auto *add = new QPushButton(tr("&Add rate"), this);

    auto *fee = new QHBoxLayout;
    fee->addWidget(m_fee);
    fee->addWidget(m_feeUnit);
    fee->addStretch();
    auto *expenses = new QHBoxLayout;
    expenses->addWidget(m_expenses);
    expenses->addWidget(m_expensesUnit);
    expenses->addStretch();
    auto *form = new QFormLayout;
    const auto label = [this](const QString &text, QWidget *field) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        return l;
    };
    form->addRow(label(tr("&Provider:"), m_kind), m_kind);
    form->addRow(label(tr("&Valid from:"), m_from), m_from);
    form->addRow(label(tr("&Fee (taxable):"), m_fee), fee);
    form->addRow(label(tr("&Expense allowance:"), m_expenses), expenses);
    form->addRow(label(tr("&Mileage:"), m_mileage), m_mileage);
    form->addRow(QString(), add);
    connect(add, &QPushButton::clicked, this, &RatesPage::addRate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    reload();
}

void RatesPage::reload()
{
    const Outcome<QList<CompensationRate>> rates = m_session.measureLogs().rates();
    m_rates = rates.value_or({});
    if (!rates)
        m_error->showError(rates.message()); // never fewer rates
    m_table->setRowCount(int(m_rates.size()));
    for (int row = 0; row < m_rates.size(); ++row) {
        const CompensationRate &r = m_rates.at(row);
        const QStringList cells{Labels::providerKind(r.providerKind), Labels::date(r.validFrom),
                                r.validTo.isValid() ? Labels::date(r.validTo) : tr("until further notice"),
                                amount(r.feeCents) + QLatin1Char(' ') + unitText(r.feeUnit),
                                amount(r.expensesCents) + QLatin1Char(' ') + unitText(r.expensesUnit),
                                QLocale().toString(double(r.mileageCentsPerKm) / 100.0, 'f', 2) + tr(" €/km")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

bool RatesPage::addRate()
{
    if (!m_from->date().isValid()) {
        m_error->showError(tr("Enter the date the rate is valid from."));
        return false;
    }
    CompensationRate rate;
    rate.providerKind = static_cast<ProviderKind>(m_kind->currentData().toInt());
    rate.validFrom = m_from->date();
    rate.feeCents = cents(m_fee->value());
    rate.feeUnit = static_cast<RateUnit>(m_feeUnit->currentData().toInt());
    rate.expensesCents = cents(m_expenses->value());
    rate.expensesUnit = static_cast<RateUnit>(m_expensesUnit->currentData().toInt());
    rate.mileageCentsPerKm = cents(m_mileage->value());
    MeasureLogRepository logs = m_session.measureLogs();
    // The rate in force until now ends the day before the new one starts.
    for (CompensationRate previous : std::as_const(m_rates)) {
        if (previous.providerKind == rate.providerKind && previous.validFrom < rate.validFrom
            && (!previous.validTo.isValid() || previous.validTo >= rate.validFrom)) {
            previous.validTo = rate.validFrom.addDays(-1);
            if (const Result ended = logs.saveRate(previous); !ended) {
                m_error->showError(ended.message());
                return false;
            }
        }
    }
    if (const Result saved = logs.saveRate(rate); !saved) {
        m_error->showError(saved.message());
        reload();
        return false;
    }
    m_error->clearError();
    reload();
    return true;
}

} // namespace tukipolku::ui
