#pragma once

#include "domain/compensation.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QTableWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class DateField;
class ErrorLabel;

// The compensation rates set by the board, each valid from a date: a new
// rate is added when the board decides one, the old one ended the day before.
class RatesPage final : public QWidget {
    Q_OBJECT

public:
    explicit RatesPage(const Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *kindField() const { return m_kind; }
    DateField *validFromField() const { return m_from; }
    QDoubleSpinBox *feeField() const { return m_fee; }
    QDoubleSpinBox *expensesField() const { return m_expenses; }
    QDoubleSpinBox *mileageField() const { return m_mileage; }
    ErrorLabel *errorLabel() const { return m_error; }

    // Adds the rate in the form; the rate in force for the kind ends the day before.
    bool addRate();

private:
    void reload();
    static QComboBox *unitCombo(QWidget *parent);

    const Session &m_session;
    QList<CompensationRate> m_rates;
    QTableWidget *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    DateField *m_from = nullptr;
    QDoubleSpinBox *m_fee = nullptr;
    QComboBox *m_feeUnit = nullptr;
    QDoubleSpinBox *m_expenses = nullptr;
    QComboBox *m_expensesUnit = nullptr;
    QDoubleSpinBox *m_mileage = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui
