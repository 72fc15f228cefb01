#include "measures/measurestab.h"
#include "common/clock.h"

#include "common/datereasondialog.h"
#include "common/messagebox.h"
#include "common/widgets.h"
#include "domain/labels.h"
#include "measures/logpanel.h"
#include "measures/measuredialog.h"
#include "measures/measuretimeline.h"
#include "storage/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {

MeasuresTab::MeasuresTab(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_table = makeListTable(6, this);
    m_timeline = new MeasureTimeline(this);
    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_end = new QPushButton(this);
    m_agreement = new QPushButton(this);
    m_decision = new QPushButton(this);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_log = new LogPanel(session, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_end);
    buttons->addStretch();
    buttons->addWidget(m_agreement);
    buttons->addWidget(m_decision);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_empty);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_timeline);
    topLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &MeasuresTab::addMeasure);
    connect(m_edit, &QPushButton::clicked, this, &MeasuresTab::editMeasure);
    connect(m_table, &QTableWidget::activated, this, &MeasuresTab::editMeasure);
    connect(m_end, &QPushButton::clicked, this, &MeasuresTab::endMeasure);
    const auto selectedId = [this] {
        const int row = m_table->currentRow();
        return row >= 0 && row < m_measures.size() ? m_measures.at(row).id : QString();
    };
    connect(m_agreement, &QPushButton::clicked, this, [this, selectedId] {
        if (!selectedId().isEmpty())
            emit agreementRequested(selectedId());
    });
    connect(m_decision, &QPushButton::clicked, this, [this, selectedId] {
        if (!selectedId().isEmpty())
            emit decisionRequested(selectedId());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &MeasuresTab::showSelected);
    connect(m_log, &LogPanel::logged, this, [this] {
        const int row = m_table->currentRow();
        reload();
        m_table->setCurrentCell(row, 0);
    });
    retranslateUi();
}

void MeasuresTab::showCase(const ClientCase &clientCase)
{
    m_case = clientCase;
    reload();
}

void MeasuresTab::reload()
{
    const MeasureRepository measures = m_session.measures();
    const Outcome<QList<Measure>> read = measures.measuresOfCase(m_case.id);
    m_readError = read.message();
    m_measures = read.value_or({});
    m_entries.clear();
    QList<MeasureTimeline::Bar> bars;
    const QDate today = Clock::today();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_measures.size()));
    for (int row = 0; row < m_measures.size(); ++row) {
        const Measure &measure = m_measures.at(row);
        const Outcome<CatalogueEntry> found = measures.catalogueEntry(measure.catalogueId);
        const CatalogueEntry entry = found.value_or(CatalogueEntry());
        m_entries << entry;
        QString provider;
        const Outcome<Provider> providing = m_session.providers().find(measure.providerId);
        if (providing)
            provider = providing->name;
        QString progress;
        if (entry.inDepth != InDepthType::None && measure.status == MeasureStatus::Active) {
            const Outcome<MonthlyProgress> p = m_session.measureLogs().progress(measure, entry.inDepth, today);
            if (p)
                progress = tr("%1 / %2 this month").arg(p->realised, 0, 'f', p->realised == int(p->realised) ? 0 : 1)
                               .arg(p->planned, 0, 'f', p->planned == int(p->planned) ? 0 : 1);
            else if (m_readError.isEmpty())
                m_readError = p.message();
        }
        for (const QString &failed : {found.message(), providing.message()}) {
            if (m_readError.isEmpty())
                m_readError = failed;
        }
        const QDate end = measure.endedOn.isValid() ? measure.endedOn : measure.plannedEnd;
        const QStringList cells{Labels::measureName(entry),
                                measure.basis == LegalBasis::ChildWelfareAct ? tr("LSL") : tr("SHL"),
                                tr("%1 – %2").arg(Labels::date(measure.start), Labels::date(end)),
                                Labels::measureStatus(measure), provider, progress};
        fillTableRow(m_table, row, cells);
        bars << MeasureTimeline::Bar{Labels::measureName(entry), measure.start, end,
                                     measure.status == MeasureStatus::Ended || measure.status == MeasureStatus::Refused};
    }
    m_table->resizeColumnsToContents();
    m_timeline->setBars(bars, today);
    m_timeline->setVisible(!bars.isEmpty());
    if (!m_readError.isEmpty()) {
        // Never measures in part: none, and why.
        m_measures.clear();
        m_entries.clear();
        m_table->setRowCount(0);
        m_timeline->setBars({}, today);
        m_timeline->setVisible(false);
        m_empty->setText(m_readError);
    } else if (m_empty->text() != emptyText()) {
        m_empty->setText(emptyText());
    }
    m_empty->setVisible(m_measures.isEmpty());
    m_add->setEnabled(!m_case.isClosed());
    m_edit->setEnabled(!m_measures.isEmpty());
    m_end->setEnabled(!m_measures.isEmpty());
    if (!m_measures.isEmpty() && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, 0);
    showSelected();
}

void MeasuresTab::selectMeasure(const QString &measureId)
{
    for (int row = 0; row < m_measures.size(); ++row) {
        if (m_measures.at(row).id == measureId)
            m_table->setCurrentCell(row, 0);
    }
    showSelected();
}

void MeasuresTab::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_measures.size()) {
        m_log->showMeasure(Measure(), InDepthType::None);
        return;
    }
    m_log->showMeasure(m_measures.at(row), m_entries.at(row).inDepth);
}

void MeasuresTab::addMeasure()
{
    MeasureDialog dialog(m_session, m_case, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectMeasure(dialog.savedMeasureId());
        emit measuresChanged();
    }
}

void MeasuresTab::editMeasure()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_measures.size())
        return;
    MeasureDialog dialog(m_session, m_case, this);
    dialog.setMeasure(m_measures.at(row));
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectMeasure(dialog.savedMeasureId());
        emit measuresChanged();
    }
}

void MeasuresTab::endMeasure()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_measures.size())
        return;
    const QString measureId = m_measures.at(row).id;
    const Session &session = m_session;
    DateReasonDialog::Texts texts{tr("End the measure"),
                                  tr("The measure %1 ends on the day you enter. Its log stays.")
                                      .arg(Labels::measureName(m_entries.at(row))),
                                  tr("&Ended on:"), QString(), QString()};
    DateReasonDialog dialog(texts, {}, QString(),
                            [&session, measureId](const QDate &date, const QString &, const QString &) {
                                return session.measures().end(measureId, date);
                            },
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Ending the measure offers to end its agreement in force on the same day.
    const Outcome<Measure> ended = m_session.measures().find(measureId);
    const Outcome<QList<Agreement>> inForce = m_session.agreements().inForce(measureId);
    if (!inForce) {
        // The measure has ended; its agreement is left for the worker to end by hand.
        MessageBox::warning(this, tr("End the agreement"), inForce.message());
    }
    for (const Agreement &agreement : inForce.value_or({})) {
        if (ended
            && MessageBox::question(this, tr("End the agreement"),
                                    tr("The measure ended. End its agreement (version %1) on the same day?").arg(agreement.version),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                   == QMessageBox::Yes) {
            if (const Result done = m_session.agreements().end(agreement.id, ended->endedOn, tr("The measure ended."),
                                                               ended->endedOn < agreement.end);
                !done)
                MessageBox::warning(this, tr("End the agreement"), done.message());
        }
    }
    reload();
    emit measuresChanged();
}

void MeasuresTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_case.id.isEmpty())
            reload();
    }
    QWidget::changeEvent(event);
}

void MeasuresTab::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Measure"), tr("Basis"), tr("Period"), tr("Status"), tr("Provider"), tr("Realised")});
    m_add->setText(tr("Add &measure…"));
    m_edit->setText(tr("Cha&nge…"));
    m_end->setText(tr("&End…"));
    m_agreement->setText(tr("Ma&ke agreement"));
    m_agreement->setToolTip(tr("A written agreement for a support family, a support person or family work, pre-filled from this "
                                    "measure."));
    m_decision->setText(tr("Make &decision"));
    m_decision->setToolTip(tr("A decision on this measure, pre-filled from it and the case."));
    m_empty->setText(m_readError.isEmpty() ? emptyText() : m_readError);
}

QString MeasuresTab::emptyText()
{
    return tr("No measures yet. Add one from the catalogue: support family, support person, family work "
              "and the other services.");
}

} // namespace tukipolku::ui
