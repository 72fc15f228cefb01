#include "documents/decisionform.h"

#include "common/datefield.h"
#include "common/widgets.h"
#include "documents/hearingstable.h"
#include "rules/decisionrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tukipolku::ui {

namespace {
constexpr DecisionSubject subjects[] = {DecisionSubject::Start, DecisionSubject::Continue, DecisionSubject::Change,
                                        DecisionSubject::End, DecisionSubject::Refuse};
constexpr ChildOpinion opinions[] = {ChildOpinion::NotRecorded, ChildOpinion::FoundOut,
                                     ChildOpinion::CouldNotBeFoundOut};
constexpr CorrectionGround grounds[] = {CorrectionGround::None, CorrectionGround::ErrorOfFact,
                                        CorrectionGround::ClericalError};

template <typename E, std::size_t N>
int indexOf(const E (&values)[N], E value)
{
    return std::max(0, int(std::find(std::begin(values), std::end(values), value) - std::begin(values)));
}

QString opinionName(ChildOpinion opinion)
{
    switch (opinion) {
    case ChildOpinion::NotRecorded: return DecisionForm::tr("(not recorded yet)");
    case ChildOpinion::FoundOut: return DecisionForm::tr("Found out");
    case ChildOpinion::CouldNotBeFoundOut: return DecisionForm::tr("Could not be found out");
    }
    return {};
}

QString groundName(CorrectionGround ground)
{
    switch (ground) {
    case CorrectionGround::None: return DecisionForm::tr("(choose)");
    case CorrectionGround::ErrorOfFact: return DecisionForm::tr("Error of fact or procedure (HL 50 §)");
    case CorrectionGround::ClericalError: return DecisionForm::tr("Clerical or arithmetic error (HL 51 §)");
    }
    return {};
}

template <typename E, std::size_t N>
void relabel(QComboBox *combo, const E (&values)[N], QString (*name)(E))
{
    const QSignalBlocker blocker(combo);
    const int current = std::max(0, combo->currentIndex());
    combo->clear();
    for (E value : values)
        combo->addItem(name(value));
    combo->setCurrentIndex(current);
}
} // namespace

QString DecisionForm::subjectName(DecisionSubject subject)
{
    switch (subject) {
    case DecisionSubject::Start: return tr("Start");
    case DecisionSubject::Continue: return tr("Continue");
    case DecisionSubject::Change: return tr("Change");
    case DecisionSubject::End: return tr("End");
    case DecisionSubject::Refuse: return tr("Refuse");
    }
    return {};
}

DecisionForm::DecisionForm(QWidget *parent) : QWidget(parent)
{
    m_subject = new QComboBox(this);
    m_provisions = new QLineEdit(this);
    m_goal = makeTextField(2, this);
    m_start = new DateField(this);
    m_end = new DateField(this);
    m_facts = makeTextField(3, this);
    m_childOpinion = new QComboBox(this);
    m_childOpinionText = makeTextField(2, this);
    m_childOpinionHow = new QLineEdit(this);
    m_views = makeTextField(2, this);
    m_hearings = new HearingsTable(this);
    m_reasons = makeTextField(3, this);
    m_parties = makeTextField(3, this);
    m_maker = new QComboBox(this);
    m_substitute = new QLabel(this);
    m_substitute->setWordWrap(true);
    m_contact = new QLineEdit(this);
    m_correctionGround = new QComboBox(this);
    m_detriment = new QCheckBox(this);
    m_consent = new QLineEdit(this);
    m_provider = new QLabel(this);
    m_provider->setWordWrap(true);

    m_dates = new QWidget(this);
    auto *dates = new QHBoxLayout(m_dates);
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(QStringLiteral("–"), m_dates));
    dates->addWidget(m_end);
    dates->addStretch();

    QWidget *amount = extentRow();
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(buddyLabel(this, m_subject), m_subject);
    m_form->addRow(buddyLabel(this, m_correctionGround), m_correctionGround);
    m_form->addRow(QString(), m_detriment);
    m_form->addRow(buddyLabel(this, m_consent), m_consent);
    m_form->addRow(buddyLabel(this, m_provisions), m_provisions);
    m_form->addRow(buddyLabel(this, m_goal), m_goal);
    m_form->addRow(buddyLabel(this, m_start), m_dates);
    m_form->addRow(buddyLabel(this, amount), m_extent);
    m_form->addRow(new QLabel(this), m_provider);
    m_form->addRow(buddyLabel(this, m_facts), m_facts);
    m_form->addRow(buddyLabel(this, m_childOpinion), m_childOpinion);
    m_form->addRow(buddyLabel(this, m_childOpinionText), m_childOpinionText);
    m_form->addRow(buddyLabel(this, m_childOpinionHow), m_childOpinionHow);
    m_form->addRow(buddyLabel(this, m_views), m_views);
    m_form->addRow(buddyLabel(this, m_parties), m_parties);
    m_form->addRow(new QLabel(this), m_hearings);
    m_form->addRow(buddyLabel(this, m_reasons), m_reasons);
    m_form->addRow(buddyLabel(this, m_maker), m_maker);
    m_form->addRow(new QLabel(this), m_substitute);
    m_form->addRow(buddyLabel(this, m_contact), m_contact);

    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
        showApplicableFields();
        emit subjectChanged();
    });
    connect(m_childOpinion, &QComboBox::currentIndexChanged, this, &DecisionForm::showApplicableFields);
    connect(m_maker, &QComboBox::currentIndexChanged, this, &DecisionForm::showSubstituteNote);
    connect(m_detriment, &QCheckBox::toggled, this, &DecisionForm::showApplicableFields);
    connect(m_parties, &QPlainTextEdit::textChanged, this, [this] {
        Decision withParties;
        withParties.parties = m_parties->toPlainText();
        m_hearings->setParties(DecisionRules::partyLines(withParties));
    });
    retranslateUi();
}

QWidget *DecisionForm::extentRow()
{
    m_extent = new QWidget(this);
    m_amount = new QDoubleSpinBox(m_extent);
    m_amount->setRange(0, 200);
    m_amount->setDecimals(1);
    m_amountUnit = new QLabel(m_extent);
    m_intensified = new QCheckBox(m_extent);
    auto *layout = new QHBoxLayout(m_extent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_amount);
    layout->addWidget(m_amountUnit);
    layout->addWidget(m_intensified);
    layout->addStretch();
    return m_amount;
}

void DecisionForm::setWorkers(const QList<Worker> &workers, const QString &responsibleId)
{
    m_workers = workers;
    m_responsibleId = responsibleId;
    fillMakers(m_maker->currentData().toString());
}

void DecisionForm::fillMakers(const QString &keepId)
{
    const QSignalBlocker blocker(m_maker);
    m_maker->clear();
    m_maker->addItem(tr("(not named)"), QString());
    for (const Worker &worker : std::as_const(m_workers)) {
        // The decision's own maker stays shown even without the authority now.
        if (worker.decisionAuthority || worker.id == keepId)
            m_maker->addItem(worker.fullName(), worker.id);
    }
    m_maker->setCurrentIndex(std::max(0, m_maker->findData(keepId)));
}

void DecisionForm::showSubstituteNote()
{
    const QString maker = m_maker->currentData().toString();
    QString responsible;
    for (const Worker &worker : std::as_const(m_workers)) {
        if (worker.id == m_responsibleId)
            responsible = worker.fullName();
    }
    const bool substitute = !maker.isEmpty() && !m_responsibleId.isEmpty() && maker != m_responsibleId;
    m_substitute->setText(substitute ? tr("A substitute decides: the child's responsible social worker is %1.")
                                           .arg(responsible)
                                     : QString());
    setRowShown(m_substitute, substitute);
}

void DecisionForm::showDecision(const Decision &d, InDepthType inDepth, const QString &providerName, bool editable)
{
    m_shown = d;
    m_inDepth = inDepth;
    m_editable = editable;
    {
        const QSignalBlocker blocker(m_subject);
        m_subject->setCurrentIndex(indexOf(subjects, d.subject));
    }
    m_provisions->setText(d.provisions);
    m_goal->setPlainText(d.goal);
    m_start->setDate(d.start);
    m_end->setDate(d.end);
    switch (inDepth) {
    case InDepthType::SupportFamily: m_amount->setValue(d.extent.daysPerMonth); break;
    case InDepthType::SupportPerson: m_amount->setValue(d.extent.meetingsPerMonth); break;
    case InDepthType::FamilyWork: m_amount->setValue(d.extent.hoursPerWeek); break;
    case InDepthType::None: m_amount->setValue(0); break;
    }
    m_amount->setDecimals(inDepth == InDepthType::SupportPerson ? 0 : 1);
    m_intensified->setChecked(d.extent.intensified);
    m_provider->setText(providerName.isEmpty() ? QString() : tr("Provided by %1 (chosen on the measure).").arg(providerName));
    m_facts->setPlainText(d.facts);
    m_childOpinion->setCurrentIndex(indexOf(opinions, d.childOpinion));
    m_childOpinionText->setPlainText(d.childOpinionText);
    m_childOpinionHow->setText(d.childOpinionHow);
    m_views->setPlainText(d.views);
    m_parties->setPlainText(d.parties); // the hearings' rows follow
    m_hearings->setHearings(d.hearings);
    m_reasons->setPlainText(d.reasons);
    fillMakers(d.decisionMakerId);
    m_contact->setText(d.contactPerson);
    m_correctionGround->setCurrentIndex(indexOf(grounds, d.correctionGround));
    m_detriment->setChecked(d.correctionDetriment);
    m_consent->setText(d.correctionConsent);
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_subject, m_provisions, m_goal, m_start, m_end, m_amount, m_intensified, m_facts, m_childOpinion,
             m_childOpinionText, m_childOpinionHow, m_views, m_reasons, m_parties, m_maker, m_contact,
             m_correctionGround, m_detriment, m_consent})
        setEditable(field, editable);
    m_hearings->setEditable(editable);
    showApplicableFields();
    showSubstituteNote();
}

Decision DecisionForm::decision() const
{
    Decision d = m_shown;
    d.subject = subjects[std::max(0, m_subject->currentIndex())];
    d.provisions = m_provisions->text();
    d.goal = m_goal->toPlainText();
    d.start = DecisionRules::hasStartDate(d.subject) ? m_start->date() : QDate();
    d.end = DecisionRules::hasEndDate(d.subject) ? m_end->date() : QDate();
    if (DecisionRules::grantsExtent(d.subject)) {
        d.extent.daysPerMonth = m_inDepth == InDepthType::SupportFamily ? m_amount->value() : 0;
        d.extent.meetingsPerMonth = m_inDepth == InDepthType::SupportPerson ? int(m_amount->value()) : 0;
        d.extent.hoursPerWeek = m_inDepth == InDepthType::FamilyWork ? m_amount->value() : 0;
        d.extent.intensified = m_inDepth == InDepthType::FamilyWork && m_intensified->isChecked();
    }
    d.facts = m_facts->toPlainText();
    d.childOpinion = opinions[std::max(0, m_childOpinion->currentIndex())];
    d.childOpinionText = d.childOpinion == ChildOpinion::FoundOut ? m_childOpinionText->toPlainText() : QString();
    d.childOpinionHow = m_childOpinionHow->text();
    d.views = m_views->toPlainText();
    d.hearings = m_hearings->hearings();
    d.reasons = m_reasons->toPlainText();
    d.parties = m_parties->toPlainText();
    d.decisionMakerId = m_maker->currentData().toString();
    d.contactPerson = m_contact->text();
    if (!d.correctsId.isEmpty()) {
        d.correctionGround = grounds[std::max(0, m_correctionGround->currentIndex())];
        d.correctionDetriment = m_detriment->isChecked();
        d.correctionConsent = d.correctionDetriment ? m_consent->text() : QString();
    }
    return d;
}

QString DecisionForm::unacceptable() const
{
    for (const DateField *field : {m_start, m_end}) {
        if (!field->isAcceptable())
            return field->toolTip();
    }
    if (!m_hearings->isAcceptable())
        return tr("A day of hearing is not a date: write it as 7.12.2026.");
    return {};
}

void DecisionForm::showApplicableFields()
{
    const DecisionSubject subject = subjects[std::max(0, m_subject->currentIndex())];
    m_start->setEnabled(m_editable && DecisionRules::hasStartDate(subject));
    m_end->setEnabled(m_editable && DecisionRules::hasEndDate(subject));
    setRowShown(m_extent, m_inDepth != InDepthType::None && DecisionRules::grantsExtent(subject));
    m_intensified->setVisible(m_inDepth == InDepthType::FamilyWork);
    setRowShown(m_provider, !m_provider->text().isEmpty() && DecisionRules::grantsExtent(subject));
    const bool found = m_childOpinion->currentIndex() == indexOf(opinions, ChildOpinion::FoundOut);
    setRowShown(m_childOpinionText, found);
    setRowLabel(m_form, m_childOpinionHow,
                found || m_childOpinion->currentIndex() == 0 ? tr("How it was found out:") : tr("Why it could not be:"));
    const bool correcting = !m_shown.correctsId.isEmpty();
    setRowShown(m_correctionGround, correcting);
    setRowShown(m_detriment, correcting);
    setRowShown(m_consent, correcting && m_detriment->isChecked());
    switch (m_inDepth) {
    case InDepthType::SupportFamily: m_amountUnit->setText(tr("days of care a month")); break;
    case InDepthType::SupportPerson: m_amountUnit->setText(tr("meetings a month")); break;
    case InDepthType::FamilyWork: m_amountUnit->setText(tr("hours a week")); break;
    case InDepthType::None: m_amountUnit->clear(); break;
    }
}

void DecisionForm::setRowShown(QWidget *field, bool shown)
{
    m_form->setRowVisible(field, shown);
}

void DecisionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DecisionForm::retranslateUi()
{
    relabel(m_subject, subjects, &DecisionForm::subjectName);
    relabel(m_childOpinion, opinions, &opinionName);
    relabel(m_correctionGround, grounds, &groundName);
    setRowLabel(m_form, m_subject, tr("Dec&ided:"));
    setRowLabel(m_form, m_correctionGround, tr("Ground of the correction:"));
    m_detriment->setText(tr("The correction is to a party's detriment"));
    setRowLabel(m_form, m_consent, tr("Consent or hearing (HL 50 § 2 mom):"));
    setRowLabel(m_form, m_provisions, tr("Pro&visions applied:"));
    setRowLabel(m_form, m_goal, tr("Goa&l:"));
    setRowLabel(m_form, m_dates, tr("Duration:"));
    setRowLabel(m_form, m_extent, tr("Extent granted:"));
    m_intensified->setText(tr("Intensified"));
    setRowLabel(m_form, m_facts, tr("Fac&ts and evidence:"));
    setRowLabel(m_form, m_childOpinion, tr("Child's own opinion:"));
    setRowLabel(m_form, m_childOpinionText, tr("The child's opinion and wishes:"));
    setRowLabel(m_form, m_views, tr("Vie&ws of the guardians:"));
    setRowLabel(m_form, m_parties, tr("Pa&rties:"));
    setRowLabel(m_form, m_hearings, tr("Hearing of each party:"));
    setRowLabel(m_form, m_reasons, tr("Reasons:"));
    setRowLabel(m_form, m_maker, tr("Decision &maker:"));
    setRowLabel(m_form, m_contact, tr("More information from:"));
    m_end->setWhatsThis(tr("Decisions on the services of family social work are always fixed-term: the end date is required."));
    fillMakers(m_maker->currentData().toString());
    showApplicableFields();
    showSubstituteNote();
}

} // namespace tukipolku::ui
