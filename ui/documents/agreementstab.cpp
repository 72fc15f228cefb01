#include "documents/agreementstab.h"
#include "common/clock.h"

#include "common/datefield.h"
#include "common/datereasondialog.h"
#include "common/errorlabel.h"
#include "common/widgets.h"
#include "common/messagebox.h"
#include "rules/agreementrules.h"
#include "domain/labels.h"
#include "storage/agreementrepository.h"
#include "printing/documentbuttons.h"
#include "storage/session.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
QString money(qint64 cents)
{
    return QLocale().toString(double(cents) / 100.0, 'f', 2) + QStringLiteral(" €");
}

QString roleName(PartyRole role)
{
    switch (role) {
    case PartyRole::Guardian: return Labels::role(FamilyRole::Guardian);
    case PartyRole::Provider: return AgreementsTab::tr("Support family or person");
    case PartyRole::Unit: return AgreementsTab::tr("Social services");
    case PartyRole::Child: return Labels::role(FamilyRole::Child);
    }
    return {};
}

QString statusName(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::Draft: return AgreementsTab::tr("draft");
    case AgreementStatus::Signed: return AgreementsTab::tr("signed, in force");
    case AgreementStatus::Ended: return AgreementsTab::tr("ended");
    case AgreementStatus::Terminated: return AgreementsTab::tr("ended early");
    }
    return {};
}
} // namespace

AgreementsTab::AgreementsTab(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_list = makeListTable(4, this);
    m_frozen = makeNoticeBanner(this);
    m_goals = makeTextField(2, this);
    m_start = new DateField(this);
    m_end = new DateField(this);
    m_supportNeed = makeTextField(2, this);
    m_frequency = new QLineEdit(this);
    m_place = makeTextField(2, this);
    m_transport = new QLineEdit(this);
    m_contacts = new QLineEdit(this);
    m_illness = makeTextField(2, this);
    m_review = makeTextField(2, this);
    m_confidentiality = makeTextField(2, this);
    m_compensation = new QLabel(this);
    m_compensation->setWordWrap(true);
    m_parties = makeListTable(3, this);
    m_parties->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    m_error = new ErrorLabel(this);
    m_new = new QPushButton(this);
    m_save = new QPushButton(this);
    m_sign = new QPushButton(this);
    m_version = new QPushButton(this);
    m_endButton = new QPushButton(this);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_end);
    dates->addStretch();
    m_form = new QFormLayout;
    m_form->addRow(buddyLabel(this, m_goals), m_goals);
    m_form->addRow(buddyLabel(this, m_start), dates);
    m_form->addRow(buddyLabel(this, m_supportNeed), m_supportNeed);
    m_form->addRow(buddyLabel(this, m_frequency), m_frequency);
    m_form->addRow(buddyLabel(this, m_place), m_place);
    m_form->addRow(buddyLabel(this, m_transport), m_transport);
    m_form->addRow(buddyLabel(this, m_contacts), m_contacts);
    m_form->addRow(buddyLabel(this, m_illness), m_illness);
    m_form->addRow(buddyLabel(this, m_review), m_review);
    m_form->addRow(buddyLabel(this, m_confidentiality), m_confidentiality);
    m_form->addRow(new QLabel(this), m_compensation);
    m_form->addRow(buddyLabel(this, m_parties), m_parties);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addWidget(m_frozen);
    editorLayout->addLayout(m_form);
    editorLayout->addWidget(m_missing);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_save, m_sign, m_version, m_endButton})
        buttons->addWidget(button);
    buttons->addStretch();
    m_documents = new DocumentButtons(this);
    buttons->addWidget(m_documents);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_list, &QTableWidget::currentCellChanged, this, &AgreementsTab::showSelected);
    connect(m_parties, &QTableWidget::currentCellChanged, this, &AgreementsTab::showSignable);
    connect(m_documents, &DocumentButtons::failed, m_error, &ErrorLabel::showError);
    connect(m_new, &QPushButton::clicked, this, &AgreementsTab::chooseMeasure);
    connect(m_save, &QPushButton::clicked, this, &AgreementsTab::saveDraft);
    connect(m_sign, &QPushButton::clicked, this, &AgreementsTab::signSelectedParty);
    connect(m_version, &QPushButton::clicked, this, [this] { startNewVersion(Clock::today()); });
    connect(m_endButton, &QPushButton::clicked, this, &AgreementsTab::askEnd);
    retranslateUi();
}

void AgreementsTab::showCase(const ClientCase &clientCase)
{
    m_case = clientCase;
    reload();
}

void AgreementsTab::reload(const QString &selectId)
{
    const Outcome<QList<Agreement>> read = m_session.agreements().agreementsOfCase(m_case.id);
    m_readError = read.message();
    m_agreements = read.value_or({}); // never agreements in part: none, and why
    if (!read)
        m_error->showError(m_readError);
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(int(m_agreements.size()));
    int select = int(m_agreements.size()) - 1;
    for (int row = 0; row < m_agreements.size(); ++row) {
        const Agreement &a = m_agreements.at(row);
        const auto signedCount = std::count_if(a.parties.cbegin(), a.parties.cend(),
                                               [](const AgreementParty &p) { return p.signedOn.isValid(); });
        fillTableRow(m_list, row, {tr("Version %1").arg(a.version), statusName(a.status),
                                   tr("%1 – %2").arg(Labels::date(a.start), Labels::date(a.end)),
                                   tr("%1 of %2 signed").arg(signedCount).arg(a.parties.size())});
        if (a.id == selectId)
            select = row;
    }
    m_list->resizeColumnsToContents();
    if (select >= 0)
        m_list->setCurrentCell(select, 0);
    showSelected();
}

void AgreementsTab::showSelected()
{
    const int row = m_list->currentRow();
    showAgreement(row >= 0 && row < m_agreements.size() ? m_agreements.at(row) : Agreement());
}

void AgreementsTab::showAgreement(const Agreement &a)
{
    m_current = a;
    const bool exists = !a.measureId.isEmpty();
    const bool editable = exists && !a.isFrozen();
    m_goals->setPlainText(a.goals);
    m_start->setDate(a.start);
    m_end->setDate(a.end);
    m_supportNeed->setPlainText(a.supportNeed);
    m_frequency->setText(a.frequency);
    m_place->setPlainText(a.placeAndManner);
    m_transport->setText(a.transport);
    m_contacts->setText(a.contacts);
    m_illness->setPlainText(a.illnessAndCancelling);
    m_review->setPlainText(a.reviewAndEnding);
    m_confidentiality->setPlainText(a.confidentiality);
    m_compensation->setText(tr("Fee %1, expense allowance %2, mileage %3 per km (the rates valid at the start).")
                                .arg(money(a.feeCents), money(a.expensesCents), money(a.mileageCentsPerKm)));
    m_parties->setRowCount(int(a.parties.size()));
    for (int row = 0; row < a.parties.size(); ++row) {
        const AgreementParty &p = a.parties.at(row);
        fillTableRow(m_parties, row, {roleName(p.role), p.name, p.signedOn.isValid() ? Labels::date(p.signedOn) : tr("not signed")});
    }
    m_parties->resizeColumnsToContents();
    fitTableHeight(m_parties); // every party in view at once
    // The next one to sign is the one chosen.
    if (const int unsigned_ = AgreementRules::nextUnsigned(a, 0); unsigned_ >= 0)
        m_parties->setCurrentCell(unsigned_, 0);
    else if (!a.parties.isEmpty())
        m_parties->setCurrentCell(0, 0);
    for (QWidget *field : std::initializer_list<QWidget *>{m_goals, m_start, m_end, m_supportNeed, m_frequency, m_place,
                                                           m_transport, m_contacts, m_illness, m_review, m_confidentiality})
        setEditable(field, editable);
    m_frozen->setVisible(a.isFrozen());
    if (a.isFrozen())
        m_frozen->setText(tr("Signed by every party and frozen: this is the agreement as signed. A change is made as "
                             "a new version.%1")
                              .arg(a.endedOn.isValid() ? QLatin1Char(' ') + tr("Ended on %1: %2").arg(Labels::date(a.endedOn), a.endReason)
                                                       : QString()));
    const QStringList missing = editable ? m_session.agreements().missing(a) : QStringList();
    m_missing->setText(missing.isEmpty() ? QString() : tr("Before it can be signed:\n• %1").arg(missing.join(QStringLiteral("\n• "))));
    m_missing->setVisible(!missing.isEmpty());
    m_save->setEnabled(editable);
    showSignable();
    m_version->setEnabled(a.status == AgreementStatus::Signed);
    m_endButton->setEnabled(a.status == AgreementStatus::Signed);
    if (!a.id.isEmpty()) {
        const QString id = a.id;
        const AgreementRepository agreements = m_session.agreements();
        m_documents->setSource([agreements, id](const QString &language) { return agreements.document(id, language); },
                               tr("agreement-%1-version-%2").arg(m_case.caseNumber).arg(a.version), m_session.accessLog());
    } else {
        m_documents->setSource({}, QString(), std::nullopt);
    }
    m_error->clearError();
}

Agreement AgreementsTab::fromFields() const
{
    Agreement a = m_current;
    a.goals = m_goals->toPlainText();
    a.start = m_start->date();
    a.end = m_end->date();
    a.supportNeed = m_supportNeed->toPlainText();
    a.frequency = m_frequency->text();
    a.placeAndManner = m_place->toPlainText();
    a.transport = m_transport->text();
    a.contacts = m_contacts->text();
    a.illnessAndCancelling = m_illness->toPlainText();
    a.reviewAndEnding = m_review->toPlainText();
    a.confidentiality = m_confidentiality->toPlainText();
    return a;
}

bool AgreementsTab::startFromMeasure(const QString &measureId)
{
    const Outcome<Measure> measure = m_session.measures().find(measureId);
    if (!measure) {
        m_error->showError(measure.message());
        return false;
    }
    Agreement draft = m_session.agreements().draftFromMeasure(*measure);
    if (const Result saved = m_session.agreements().save(draft); !saved) {
        m_error->showError(saved.message());
        return false;
    }
    reload(draft.id);
    emit agreementsChanged();
    return true;
}

void AgreementsTab::chooseMeasure()
{
    // The support family and support person measures of the case.
    QStringList names;
    QStringList ids;
    const MeasureRepository measures = m_session.measures();
    const Outcome<QList<Measure>> ofCase = measures.measuresOfCase(m_case.id);
    if (!ofCase) {
        m_error->showError(ofCase.message());
        return;
    }
    for (const Measure &m : *ofCase) {
        const auto entry = measures.catalogueEntry(m.catalogueId);
        if (entry && entry->inDepth != InDepthType::None) {
            names << tr("%1, from %2").arg(Labels::measureName(*entry), Labels::date(m.start));
            ids << m.id;
        }
    }
    if (ids.isEmpty()) {
        m_error->showError(tr("Give the child a support family, support person or family work measure first."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("New agreement"), tr("The agreement is about:"), names, 0, false, &ok);
    if (ok)
        startFromMeasure(ids.at(names.indexOf(chosen)));
}

bool AgreementsTab::canSaveDraft() const
{
    return m_save->isEnabled();
}

bool AgreementsTab::saveDraft()
{
    if (!m_start->isAcceptable() || !m_end->isAcceptable()) {
        m_error->showError(m_start->isAcceptable() ? m_end->toolTip() : m_start->toolTip());
        return false;
    }
    Agreement a = fromFields();
    // Every signature is given to one text: a change after the first asks first.
    auto onSignedText = AgreementRepository::OnSignedText::Refuse;
    if (const QStringList signers = AgreementRules::signers(m_current);
        !signers.isEmpty() && !AgreementRules::sameText(m_current, a)) {
        const auto answer = MessageBox::question(
            this, tr("Change a signed text?"),
            tr("%1 signed this text. If you change it, the signatures are cleared and every party signs the new "
               "text. Change it?")
                .arg(signers.join(QLatin1String(", "))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            showAgreement(m_current); // the text as signed
            return false;
        }
        onSignedText = AgreementRepository::OnSignedText::RestartSignatures;
    }
    if (const Result saved = m_session.agreements().save(a, onSignedText); !saved) {
        m_error->showError(saved.message());
        return false;
    }
    reload(a.id);
    emit agreementsChanged();
    return true;
}

bool AgreementsTab::recordSignature(int row, const QDate &day)
{
    if (!m_current.isFrozen() && !saveDraft())
        return false;
    if (const Result signedNow = m_session.agreements().sign(m_current.id, row, day); !signedNow) {
        m_error->showError(signedNow.message());
        return false;
    }
    reload(m_current.id);
    // On to the next party who has not signed.
    if (const int next = AgreementRules::nextUnsigned(m_current, row + 1); next >= 0)
        m_parties->setCurrentCell(next, 0);
    emit agreementsChanged();
    return true;
}

void AgreementsTab::showSignable()
{
    // A party signs once: the button is for one who has not.
    const int row = m_parties->currentRow();
    m_sign->setEnabled(!m_current.id.isEmpty() && !m_current.isFrozen() && row >= 0 && row < m_current.parties.size()
                       && !m_current.parties.at(row).signedOn.isValid());
}

void AgreementsTab::signSelectedParty()
{
    const int row = std::max(0, m_parties->currentRow());
    if (row >= m_current.parties.size())
        return;
    DateReasonDialog::Texts texts{tr("Signature"),
                                  tr("%1 signed the agreement on:").arg(m_current.parties.at(row).name),
                                  tr("&Signed on:"), QString(), QString()};
    DateReasonDialog dialog(texts, {}, QString(),
                            [this, row](const QDate &day, const QString &, const QString &) {
                                return recordSignature(row, day) ? Result() : Result::failure(m_error->text());
                            },
                            this);
    dialog.exec();
}

bool AgreementsTab::startNewVersion(const QDate &from)
{
    Agreement next = m_session.agreements().newVersion(m_current, from);
    if (const Result saved = m_session.agreements().save(next); !saved) {
        m_error->showError(saved.message());
        return false;
    }
    reload(next.id);
    emit agreementsChanged();
    return true;
}

bool AgreementsTab::saveAsPdf(const QString &path)
{
    return m_documents->saveAsPdf(path);
}

bool AgreementsTab::endAgreement(const QDate &day, const QString &reason, bool early)
{
    if (const Result ended = m_session.agreements().end(m_current.id, day, reason, early); !ended) {
        m_error->showError(ended.message());
        return false;
    }
    reload(m_current.id);
    emit agreementsChanged();
    return true;
}

void AgreementsTab::askEnd()
{
    const QString id = m_current.id;
    const Session &session = m_session;
    DateReasonDialog::Texts texts{tr("End the agreement"),
                                  tr("The agreement ends on the day you enter. Before its planned end it is recorded as "
                                     "ended early."),
                                  tr("&Ended on:"), tr("&Reason:"), QString()};
    const QDate plannedEnd = m_current.end;
    DateReasonDialog dialog(texts, {}, QString(),
                            [&session, id, plannedEnd](const QDate &day, const QString &reason, const QString &) {
                                return session.agreements().end(id, day, reason, day < plannedEnd);
                            },
                            this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(id);
        emit agreementsChanged();
    }
}

void AgreementsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_case.id.isEmpty())
            reload(m_current.id);
    }
    QWidget::changeEvent(event);
}

void AgreementsTab::retranslateUi()
{
    m_list->setHorizontalHeaderLabels({tr("Agreement"), tr("Status"), tr("Period"), tr("Signatures")});
    m_parties->setHorizontalHeaderLabels({tr("Party"), tr("Name"), tr("Signed")});
    setRowLabel(m_form, m_goals, tr("G&oals:"));
    if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(1, QFormLayout::LabelRole)->widget()))
        label->setText(tr("Dura&tion:"));
    setRowLabel(m_form, m_supportNeed, tr("&Need for support:"));
    setRowLabel(m_form, m_frequency, tr("Ho&w often:"));
    setRowLabel(m_form, m_place, tr("Where and how:"));
    setRowLabel(m_form, m_transport, tr("Transport:"));
    setRowLabel(m_form, m_contacts, tr("Contact &between the families:"));
    setRowLabel(m_form, m_illness, tr("On i&llness or cancellation:"));
    setRowLabel(m_form, m_review, tr("Re&view and ending:"));
    setRowLabel(m_form, m_confidentiality, tr("Conf&identiality, beyond the duty:"));
    m_confidentiality->setPlaceholderText(tr("The document states the duty of confidentiality; write here only "
                                             "what the parties agree beyond it."));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_compensation)))
        label->setText(tr("Compensation:"));
    setRowLabel(m_form, m_parties, tr("Pa&rties:"));
    m_new->setText(tr("New agree&ment…"));
    m_save->setText(tr("Save &draft"));
    m_sign->setText(tr("Record signature…"));
    m_sign->setToolTip(tr("Record the day the party chosen in the list signed. When every party has signed, the "
                          "agreement is frozen."));
    m_version->setText(tr("New version"));
    m_endButton->setText(tr("End…"));
    m_frequency->setWhatsThis(tr("A support family usually has the child one weekend a month; a support person meets the "
                                 "child once or twice a month."));
}

} // namespace tukipolku::ui
