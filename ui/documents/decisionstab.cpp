#include "documents/decisionstab.h"

#include "common/datefield.h"
#include "common/datereasondialog.h"
#include "common/errorlabel.h"
#include "common/widgets.h"
#include "documents/decisionform.h"
#include "documents/decisionservicepanel.h"
#include "domain/labels.h"
#include "common/clock.h"
#include "rules/decisionservice.h"
#include "rules/decisionrules.h"
#include "printing/documentbuttons.h"
#include "storage/session.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {

DecisionsTab::DecisionsTab(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_list = makeListTable(5, this);
    m_frozen = makeNoticeBanner(this);
    m_form = new DecisionForm(this);
    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    m_service = new DecisionServicePanel(session, this);
    m_appeal = new QLabel(this);
    m_appeal->setWordWrap(true);
    m_appeal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new ErrorLabel(this);
    m_new = new QPushButton(this);
    m_save = new QPushButton(this);
    m_issue = new QPushButton(this);
    m_correct = new QPushButton(this);
    m_documents = new DocumentButtons(this);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addWidget(m_frozen);
    editorLayout->addWidget(m_form);
    editorLayout->addWidget(m_missing);
    editorLayout->addWidget(m_service);
    editorLayout->addWidget(m_appeal);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_save, m_issue, m_correct})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_documents);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_list, &QTableWidget::currentCellChanged, this, &DecisionsTab::showSelected);
    connect(m_new, &QPushButton::clicked, this, &DecisionsTab::chooseMeasure);
    connect(m_save, &QPushButton::clicked, this, &DecisionsTab::saveDraft);
    connect(m_issue, &QPushButton::clicked, this, &DecisionsTab::askIssue);
    connect(m_correct, &QPushButton::clicked, this, &DecisionsTab::startCorrection);
    connect(m_documents, &DocumentButtons::failed, m_error, &ErrorLabel::showError);
    connect(m_service, &DecisionServicePanel::failed, m_error, &ErrorLabel::showError);
    connect(m_service, &DecisionServicePanel::changed, this, [this] {
        reload(m_current.id); // the list says whether it is sent and until when it may be reviewed
        emit decisionsChanged();
    });
    retranslateUi();
}

void DecisionsTab::showCase(const ClientCase &clientCase)
{
    m_case = clientCase;
    m_form->setWorkers(m_session.workers().all().value_or({}), clientCase.responsibleWorkerId);
    reload();
}

void DecisionsTab::reload(const QString &selectId)
{
    const Outcome<QList<Decision>> read = m_session.decisions().decisionsOfCase(m_case.id);
    m_readError = read.message();
    m_decisions = read.value_or({}); // never decisions in part: none, and why
    if (!read)
        m_error->showError(m_readError);
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(int(m_decisions.size()));
    int select = int(m_decisions.size()) - 1;
    const MeasureRepository measures = m_session.measures();
    const auto served = m_session.decisionRecipients().ofCase(m_case.id);
    for (int row = 0; row < m_decisions.size(); ++row) {
        const Decision &d = m_decisions.at(row);
        const auto entry = measures.catalogueEntry(d.serviceId);
        const QString service = d.status == DecisionStatus::Issued && served
                                    ? serviceText(served->value(d.id)) : QString();
        fillTableRow(m_list, row, {d.status == DecisionStatus::Issued ? d.number : tr("draft"),
                                   DecisionForm::subjectName(d.subject), entry ? Labels::measureName(*entry) : QString(),
                                   periodText(d), service});
        if (d.id == selectId)
            select = row;
    }
    m_list->resizeColumnsToContents();
    if (select >= 0)
        m_list->setCurrentCell(select, 0);
    showSelected();
    if (!served) // said after showing the decision, which clears the line
        m_error->showError(served.message());
}

void DecisionsTab::showSelected()
{
    const int row = m_list->currentRow();
    showDecision(row >= 0 && row < m_decisions.size() ? m_decisions.at(row) : Decision());
}

void DecisionsTab::showDecision(const Decision &d)
{
    m_current = d;
    const bool exists = !d.caseId.isEmpty();
    const bool editable = exists && d.status == DecisionStatus::Draft;
    InDepthType inDepth = InDepthType::None;
    if (const auto entry = m_session.measures().catalogueEntry(d.serviceId))
        inDepth = entry->inDepth;
    QString providerName;
    if (!d.extent.providerId.isEmpty()) {
        if (const auto provider = m_session.providers().find(d.extent.providerId))
            providerName = provider->name;
    }
    m_form->showDecision(d, inDepth, providerName, editable);
    m_frozen->setVisible(d.status == DecisionStatus::Issued);
    if (d.status == DecisionStatus::Issued) {
        QString text = tr("Decision %1, issued on %2. It is kept exactly as issued; a change is made by a correcting "
                          "decision.")
                           .arg(d.number, Labels::date(d.issuedOn));
        if (!d.correctsId.isEmpty())
            text += QLatin1Char(' ') + tr("It corrects an earlier decision.");
        m_frozen->setText(text);
    }
    const QStringList missing = editable ? m_session.decisions().missing(m_form->decision()) : QStringList();
    m_missing->setText(missing.isEmpty() ? QString() : tr("Before it can be issued:\n• %1").arg(missing.join(QStringLiteral("\n• "))));
    m_missing->setVisible(!missing.isEmpty());
    m_service->showDecision(d);
    // Issued: the instructions as issued; a draft: as they would be now.
    QString appeal;
    if (d.status == DecisionStatus::Issued) {
        const QJsonObject frozen = QJsonDocument::fromJson(m_session.decisions().frozenContent(d.id)).object();
        appeal = frozen.value(QStringLiteral("appeal_instructions")).toString();
    } else if (exists) {
        appeal = m_session.decisions().appealInstructions(m_form->decision());
    }
    m_appeal->setText(appeal);
    m_appeal->setVisible(!appeal.isEmpty());
    m_save->setEnabled(editable);
    m_issue->setEnabled(editable);
    m_correct->setEnabled(d.status == DecisionStatus::Issued);
    if (exists) {
        const QString id = d.id;
        const DecisionRepository decisions = m_session.decisions();
        m_documents->setSource([decisions, id](const QString &language) { return decisions.document(id, language); },
                               QString(d.number.isEmpty() ? tr("decision-draft") : d.number).replace(QLatin1Char('/'), QLatin1Char('-')),
                               m_session.accessLog());
    } else {
        m_documents->setSource({}, QString(), std::nullopt);
    }
    m_error->clearError();
}

QString DecisionsTab::serviceText(const QList<DecisionRecipient> &recipients)
{
    if (recipients.isEmpty())
        return {};
    const DecisionService::State state = DecisionService::state(recipients, Clock::today());
    switch (state.stage) {
    case DecisionService::Stage::NotServed:
        return state.unsent > 0 ? tr("%1 of %2 sent").arg(recipients.size() - state.unsent).arg(recipients.size())
                                : tr("awaiting a receipt");
    case DecisionService::Stage::Running: return tr("review time until %1").arg(Labels::date(state.lastDay));
    case DecisionService::Stage::ReviewRequested: return tr("review requested");
    case DecisionService::Stage::Final: return tr("final from %1").arg(Labels::date(state.finalFrom));
    }
    return {};
}

QString DecisionsTab::periodText(const Decision &d)
{
    switch (d.subject) {
    case DecisionSubject::Refuse: return QString();
    case DecisionSubject::End: return tr("ends %1").arg(Labels::date(d.end));
    case DecisionSubject::Start:
    case DecisionSubject::Continue:
    case DecisionSubject::Change: break;
    }
    return tr("%1 – %2").arg(Labels::date(d.start), Labels::date(d.end));
}

bool DecisionsTab::startFromMeasure(const QString &measureId, DecisionSubject subject)
{
    const Outcome<Measure> measure = m_session.measures().find(measureId);
    if (!measure) {
        m_error->showError(measure.message());
        return false;
    }
    Decision draft = m_session.decisions().draftFromMeasure(*measure, subject);
    if (const Result saved = m_session.decisions().save(draft); !saved) {
        m_error->showError(saved.message());
        return false;
    }
    reload(draft.id);
    emit decisionsChanged();
    return true;
}

void DecisionsTab::chooseMeasure()
{
    QStringList names;
    QStringList ids;
    const MeasureRepository measures = m_session.measures();
    const Outcome<QList<Measure>> ofCase = measures.measuresOfCase(m_case.id);
    if (!ofCase) {
        m_error->showError(ofCase.message());
        return;
    }
    for (const Measure &m : *ofCase) {
        if (const auto entry = measures.catalogueEntry(m.catalogueId)) {
            names << tr("%1, from %2").arg(Labels::measureName(*entry), Labels::date(m.start));
            ids << m.id;
        }
    }
    if (ids.isEmpty()) {
        m_error->showError(tr("A decision is made on a measure: add the measure first."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("New decision"), tr("The decision is about:"), names, 0, false, &ok);
    if (ok)
        startFromMeasure(ids.at(names.indexOf(chosen)), DecisionSubject::Start);
}

bool DecisionsTab::canSaveDraft() const
{
    return m_save->isEnabled();
}

bool DecisionsTab::saveDraft()
{
    if (const QString wrong = m_form->unacceptable(); !wrong.isEmpty()) {
        m_error->showError(wrong);
        return false;
    }
    Decision d = m_form->decision();
    if (const Result saved = m_session.decisions().save(d); !saved) {
        m_error->showError(saved.message());
        return false;
    }
    reload(d.id);
    emit decisionsChanged();
    return true;
}

bool DecisionsTab::issue(const QDate &issuedOn, const QString &backdatingReason)
{
    if (!saveDraft())
        return false;
    if (const Result issued = m_session.decisions().issue(m_current.id, issuedOn, backdatingReason); !issued) {
        m_error->showError(issued.message());
        return false;
    }
    reload(m_current.id);
    emit decisionsChanged();
    return true;
}

void DecisionsTab::askIssue()
{
    DateReasonDialog::Texts texts{tr("Issue the decision"),
                                  tr("Issuing gives the decision its number and freezes it: it is kept exactly as issued. "
                                     "A decision dated before its draft was made, or more than %1 days back, needs a "
                                     "reason, which the history keeps.")
                                      .arg(DecisionRules::backdatingAllowanceDays),
                                  tr("&Issued on:"), tr("Reason for an earlier &date:"), QString()};
    DateReasonDialog dialog(texts, {}, QString(),
                            [this](const QDate &day, const QString &reason, const QString &) {
                                return issue(day, reason) ? Result() : Result::failure(m_error->text());
                            },
                            this);
    dialog.exec();
}

bool DecisionsTab::startCorrection()
{
    Decision correction = m_session.decisions().correctingDraft(m_current);
    if (const Result saved = m_session.decisions().save(correction); !saved) {
        m_error->showError(saved.message());
        return false;
    }
    reload(correction.id);
    emit decisionsChanged();
    return true;
}

bool DecisionsTab::saveAsPdf(const QString &path)
{
    return m_documents->saveAsPdf(path);
}

void DecisionsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_case.id.isEmpty())
            reload(m_current.id);
    }
    QWidget::changeEvent(event);
}

void DecisionsTab::retranslateUi()
{
    m_list->setHorizontalHeaderLabels({tr("Number"), tr("Subject"), tr("Service"), tr("Period"), tr("Served")});
    m_new->setText(tr("&New decision…"));
    m_save->setText(tr("Save &draft"));
    m_issue->setText(tr("Issue…"));
    m_correct->setText(tr("C&orrecting decision"));
}

} // namespace tukipolku::ui
