#include "measures/measuredialog.h"
#include "common/clock.h"

#include "common/datefield.h"
#include "common/errorlabel.h"
#include "common/widgets.h"
#include "domain/labels.h"
#include "storage/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {

QString languageCode(PersonLanguage language)
{
    return language == PersonLanguage::Swedish ? QStringLiteral("sv") : QStringLiteral("fi");
}
} // namespace

MeasureDialog::MeasureDialog(const Session &session, const ClientCase &clientCase, QWidget *parent)
    : QDialog(parent), m_session(session), m_case(clientCase)
{
    // A child welfare client's support is child welfare open care (LSL 34 §, 36 §) unless chosen otherwise.
    m_measure.basis = clientCase.isChildWelfareClient() ? LegalBasis::ChildWelfareAct : LegalBasis::SocialWelfareAct;
    setWindowTitle(tr("Measure for %1").arg(clientCase.child.fullName()));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Type to find a measure"));
    m_search->setClearButtonEnabled(true);
    m_catalogue = new QListWidget(this);
    m_catalogue->setMinimumHeight(160);
    m_basis = new QComboBox(this);
    m_start = new DateField(this);
    m_start->setDate(Clock::today());
    m_plannedEnd = new DateField(this);
    m_goals = new QPlainTextEdit(this);
    m_goals->setTabChangesFocus(true);
    m_goals->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_provider = new QComboBox(this);
    m_daysPerMonth = new QDoubleSpinBox(this);
    m_daysPerMonth->setRange(0, 31);
    m_daysPerMonth->setDecimals(1);
    m_daysPerMonth->setValue(2);
    m_meetingsPerMonth = new QSpinBox(this);
    m_meetingsPerMonth->setRange(0, 31);
    m_meetingsPerMonth->setValue(2);
    m_hoursPerWeek = new QDoubleSpinBox(this);
    m_hoursPerWeek->setRange(0, 60);
    m_hoursPerWeek->setDecimals(1);
    m_hoursPerWeek->setValue(3);
    m_intensified = new QCheckBox(tr("Intensified family work"), this);
    m_error = new ErrorLabel(this);

    m_form = new QFormLayout;
    m_form->addRow(buddyLabel(this, m_search, tr("&Find:")), m_search);
    m_form->addRow(buddyLabel(this, m_catalogue, tr("&Measure:")), m_catalogue);
    m_form->addRow(buddyLabel(this, m_basis, tr("Legal &basis:")), m_basis);
    m_form->addRow(buddyLabel(this, m_start, tr("S&tarts:")), m_start);
    m_form->addRow(buddyLabel(this, m_plannedEnd, tr("Planned &end:")), m_plannedEnd);
    m_form->addRow(buddyLabel(this, m_goals, tr("G&oals:")), m_goals);
    m_form->addRow(buddyLabel(this, m_provider, tr("&Provider:")), m_provider);
    m_form->addRow(buddyLabel(this, m_daysPerMonth, tr("&Days of care a month:")), m_daysPerMonth);
    m_form->addRow(buddyLabel(this, m_meetingsPerMonth, tr("Meetings a &month:")), m_meetingsPerMonth);
    m_form->addRow(buddyLabel(this, m_hoursPerWeek, tr("&Hours a week:")), m_hoursPerWeek);
    m_form->addRow(QString(), m_intensified);
    m_daysPerMonth->setWhatsThis(tr("A support family usually has the child one weekend a month: two days of care."));
    m_meetingsPerMonth->setWhatsThis(tr("A support person usually meets the child once or twice a month."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeasureDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // The goals of the plan in force are the usual starting point.
    if (const ClientPlan *plan = clientCase.latestPlan()) {
        QStringList goals;
        for (const PlanGoal &goal : plan->goals)
            goals << goal.goal;
        m_goals->setPlainText(goals.join(QLatin1Char('\n')));
    }
    const Outcome<QList<CatalogueEntry>> entries = session.measures().catalogue();
    m_entries = entries.value_or({});
    if (!entries)
        m_error->showError(entries.message()); // never a shorter catalogue to choose from
    fillCatalogue();
    connect(m_search, &QLineEdit::textChanged, this, &MeasureDialog::fillCatalogue);
    connect(m_catalogue, &QListWidget::currentRowChanged, this, &MeasureDialog::entryChosen);
    resize(620, 640);
}

void MeasureDialog::fillCatalogue()
{
    const QString text = m_search->text().trimmed();
    const QString current = m_catalogue->currentItem() ? m_catalogue->currentItem()->data(Qt::UserRole).toString()
                                                       : m_measure.catalogueId;
    m_catalogue->clear();
    for (const CatalogueEntry &entry : std::as_const(m_entries)) {
        const QString name = Labels::measureName(entry);
        if (!text.isEmpty() && !name.contains(text, Qt::CaseInsensitive) && !entry.nameFi.contains(text, Qt::CaseInsensitive)
            && !entry.nameSv.contains(text, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(name, m_catalogue);
        item->setData(Qt::UserRole, entry.id);
        if (entry.id == current)
            m_catalogue->setCurrentItem(item);
    }
    if (!m_catalogue->currentItem() && m_catalogue->count() > 0)
        m_catalogue->setCurrentRow(0);
}

bool MeasureDialog::chooseEntry(const QString &code)
{
    for (int row = 0; row < m_catalogue->count(); ++row) {
        const QString id = m_catalogue->item(row)->data(Qt::UserRole).toString();
        for (const CatalogueEntry &entry : std::as_const(m_entries)) {
            if (entry.id == id && entry.code == code) {
                m_catalogue->setCurrentRow(row);
                return true;
            }
        }
    }
    return false;
}

void MeasureDialog::entryChosen()
{
    const QString id = m_catalogue->currentItem() ? m_catalogue->currentItem()->data(Qt::UserRole).toString() : QString();
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(), [&id](const CatalogueEntry &e) { return e.id == id; });
    if (it == m_entries.cend())
        return;
    const LegalBasis current = m_basis->count() > 0 ? static_cast<LegalBasis>(m_basis->currentData().toInt())
                                                     : m_measure.basis;
    m_basis->clear();
    if (it->allowsChildWelfareAct && (m_case.isChildWelfareClient() || !it->allowsSocialWelfareAct))
        m_basis->addItem(Labels::legalBasis(LegalBasis::ChildWelfareAct), int(LegalBasis::ChildWelfareAct));
    if (it->allowsSocialWelfareAct)
        m_basis->addItem(Labels::legalBasis(LegalBasis::SocialWelfareAct), int(LegalBasis::SocialWelfareAct));
    m_basis->setCurrentIndex(std::max(0, m_basis->findData(int(current))));
    m_inDepth = it->inDepth;
    fillProviders(it->inDepth);
    showPlanFields(it->inDepth);
}

void MeasureDialog::fillProviders(InDepthType inDepth)
{
    const QString current = m_provider->currentData().toString().isEmpty() ? m_measure.providerId
                                                                           : m_provider->currentData().toString();
    m_provider->clear();
    m_provider->addItem(tr("(none named)"), QString());
    std::optional<ProviderKind> kind;
    switch (inDepth) {
    case InDepthType::SupportFamily: kind = ProviderKind::SupportFamily; break;
    case InDepthType::SupportPerson: kind = ProviderKind::SupportPerson; break;
    case InDepthType::FamilyWork: kind = ProviderKind::FamilyWorker; break;
    case InDepthType::None: break;
    }
    m_provider->setEnabled(kind.has_value());
    if (!kind)
        return;
    const int age = m_case.child.ageOn(Clock::today());
    const Outcome<QList<ProviderMatch>> matches = m_session.providers().matches(*kind, languageCode(m_case.child.language), age);
    if (!matches)
        m_error->showError(matches.message()); // never fewer providers to choose from, nor a full one shown free
    for (const ProviderMatch &match : matches.value_or({})) {
        QStringList notes;
        notes << (match.freeCapacity ? tr("room for a child") : tr("full"));
        if (match.sharedLanguage)
            notes << tr("speaks the child's language");
        if (!match.suitableAge)
            notes << tr("other ages");
        m_provider->addItem(QStringLiteral("%1 – %2").arg(match.provider.name, notes.join(QLatin1String(", "))),
                            match.provider.id);
    }
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(current)));
    if (current.isEmpty() && m_provider->count() > 1)
        m_provider->setCurrentIndex(1); // the best match
}

void MeasureDialog::showPlanFields(InDepthType inDepth)
{
    const auto show = [this](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (QWidget *label = m_form->labelForField(field))
            label->setVisible(visible);
    };
    show(m_daysPerMonth, inDepth == InDepthType::SupportFamily);
    show(m_meetingsPerMonth, inDepth == InDepthType::SupportPerson);
    show(m_hoursPerWeek, inDepth == InDepthType::FamilyWork);
    show(m_intensified, inDepth == InDepthType::FamilyWork);
}

void MeasureDialog::setMeasure(const Measure &measure)
{
    m_measure = measure;
    fillCatalogue();
    m_basis->setCurrentIndex(std::max(0, m_basis->findData(int(measure.basis))));
    m_start->setDate(measure.start);
    m_plannedEnd->setDate(measure.plannedEnd);
    m_goals->setPlainText(measure.goals);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(measure.providerId)));
    m_daysPerMonth->setValue(measure.daysPerMonth);
    m_meetingsPerMonth->setValue(measure.meetingsPerMonth);
    m_hoursPerWeek->setValue(measure.hoursPerWeek);
    m_intensified->setChecked(measure.intensified);
}

void MeasureDialog::accept()
{
    if (!m_catalogue->currentItem()) {
        m_error->showError(tr("Choose the measure from the list."));
        return;
    }
    for (DateField *field : {m_start, m_plannedEnd}) {
        if (!field->isAcceptable()) {
            m_error->showError(field->toolTip());
            field->setFocus();
            return;
        }
    }
    Measure measure = m_measure;
    measure.caseId = m_case.id;
    measure.catalogueId = m_catalogue->currentItem()->data(Qt::UserRole).toString();
    measure.basis = static_cast<LegalBasis>(m_basis->currentData().toInt());
    measure.start = m_start->date();
    measure.plannedEnd = m_plannedEnd->date();
    measure.goals = m_goals->toPlainText();
    measure.providerId = m_provider->currentData().toString();
    measure.daysPerMonth = m_inDepth == InDepthType::SupportFamily ? m_daysPerMonth->value() : 0;
    measure.meetingsPerMonth = m_inDepth == InDepthType::SupportPerson ? m_meetingsPerMonth->value() : 0;
    measure.hoursPerWeek = m_inDepth == InDepthType::FamilyWork ? m_hoursPerWeek->value() : 0;
    measure.intensified = m_inDepth == InDepthType::FamilyWork && m_intensified->isChecked();
    if (const Result saved = m_session.measures().save(measure); !saved) {
        m_error->showError(saved.message());
        return;
    }
    m_measure = measure;
    QDialog::accept();
}

} // namespace tukipolku::ui
