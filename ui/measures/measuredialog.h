#pragma once

#include "domain/clientcase.h"
#include "domain/measure.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class DateField;
class ErrorLabel;

// Gives the child a measure from the catalogue (searched as you type) or
// changes one: legal basis, dates, goals, provider and the plan of the
// in-depth measures. Providers with room and the child's language come first.
class MeasureDialog final : public QDialog {
    Q_OBJECT

public:
    MeasureDialog(const Session &session, const ClientCase &clientCase, QWidget *parent = nullptr);

    void setMeasure(const Measure &measure);
    QString savedMeasureId() const { return m_measure.id; }

    QLineEdit *searchField() const { return m_search; }
    QListWidget *catalogueList() const { return m_catalogue; }
    QComboBox *basisField() const { return m_basis; }
    DateField *startField() const { return m_start; }
    DateField *plannedEndField() const { return m_plannedEnd; }
    QComboBox *providerField() const { return m_provider; }
    QDoubleSpinBox *daysPerMonthField() const { return m_daysPerMonth; }
    QSpinBox *meetingsPerMonthField() const { return m_meetingsPerMonth; }
    ErrorLabel *errorLabel() const { return m_error; }
    // Selects the catalogue entry with `code` (tests, and pre-filling).
    bool chooseEntry(const QString &code);

    void accept() override;

private:
    void fillCatalogue();
    void entryChosen();
    void fillProviders(InDepthType inDepth);
    void showPlanFields(InDepthType inDepth);

    const Session &m_session;
    ClientCase m_case;
    Measure m_measure;
    QList<CatalogueEntry> m_entries;
    InDepthType m_inDepth = InDepthType::None;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_catalogue = nullptr;
    QComboBox *m_basis = nullptr;
    DateField *m_start = nullptr;
    DateField *m_plannedEnd = nullptr;
    QPlainTextEdit *m_goals = nullptr;
    QComboBox *m_provider = nullptr;
    QDoubleSpinBox *m_daysPerMonth = nullptr;
    QSpinBox *m_meetingsPerMonth = nullptr;
    QDoubleSpinBox *m_hoursPerWeek = nullptr;
    QCheckBox *m_intensified = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui
