#include "dashboard/dashboardpage.h"
#include "common/errorlabel.h"
#include "common/clock.h"

#include "common/deadlinecolours.h"
#include "dashboard/barchart.h"
#include "reports/statisticsreport.h"
#include "rules/caserules.h"
#include "storage/session.h"
#include "storage/worklistrepository.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tukipolku::ui {

DashboardPage::DashboardPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_explanation = new QLabel(this);
    m_readError = new ErrorLabel(this);
    m_readError->setObjectName(QStringLiteral("dashboardReadError"));
    m_explanation->setWordWrap(true);
    m_deadlinesBox = new QGroupBox(this);
    m_caseloadBox = new QGroupBox(this);
    m_deadlines = new BarChart(Qt::Vertical, m_deadlinesBox);
    m_caseloads = new BarChart(Qt::Horizontal, m_caseloadBox);
    auto *deadlinesLayout = new QVBoxLayout(m_deadlinesBox);
    deadlinesLayout->addWidget(m_deadlines);
    // Dozens of workers: their bars scroll.
    auto *scroll = new QScrollArea(m_caseloadBox);
    scroll->setWidget(m_caseloads);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *caseloadLayout = new QVBoxLayout(m_caseloadBox);
    caseloadLayout->addWidget(scroll);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_deadlinesBox, 3);
    charts->addWidget(m_caseloadBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_readError);
    layout->addLayout(charts, 1);
    retranslateUi();
}

void DashboardPage::reload()
{
    m_reading.stop();
    if (!m_session.database().isOpen())
        return;
    // A year of decisions and assessments and every worker's open cases: at
    // 100,000 families more than a frame's work, so not on the window's thread.
    const QDate today = Clock::today();
    const QString me = m_session.workerId();
    m_reading.start<Reading>(
        m_session.database().path(),
        [today, me](const ReaderConnection &reader, const std::atomic_bool *stopped) {
            Reading reading;
            if (const Result read = StatisticsReport::deadlinesMetByMonth(reader.connection(), today, reading.months);
                !read)
                reading.readError = read.message();
            if (!stopped->load()) {
                const WorklistRepository worklist(reader.connection(), me);
                reading.caseloads = worklist.caseloads();
                if (reading.readError.isEmpty())
                    reading.readError = worklist.readError();
            }
            return reading;
        },
        this, [this](const Reading &reading) { showReading(reading); });
}

void DashboardPage::showReading(const Reading &reading)
{
    if (!reading.readError.isEmpty()) {
        // No bar drawn from a reading that failed: they would be too short.
        m_deadlines->setBars({});
        m_caseloads->setBars({});
        m_readError->showError(reading.readError);
        emit loaded();
        return;
    }
    m_readError->clearError();
    QList<BarChart::Bar> months;
    for (const MonthKeeping &month : reading.months)
        months.append({month.month.toString(QStringLiteral("M/yy")), {month.onTime, month.late}});
    m_deadlines->setBars(months);
    QList<BarChart::Bar> workers;
    for (const WorkerCaseload &load : reading.caseloads)
        workers.append({load.name, {std::min(load.childWelfareChildren, Caseload::limit),
                                    std::max(0, load.childWelfareChildren - Caseload::limit)}});
    m_caseloads->setBars(workers);
    emit loaded();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslateUi()
{
    m_explanation->setText(tr("Initiation decisions (7 working days) and service need assessments (3 months) made "
                              "in each month, on time and late; and each worker's child welfare children."));
    m_deadlinesBox->setTitle(tr("Deadlines met, by month"));
    m_caseloadBox->setTitle(tr("Caseload per worker"));
    m_deadlines->setParts({{tr("on time"), deadlineColour(DeadlineState::OnTime).darker(115)},
                           {tr("late"), deadlineColour(DeadlineState::Overdue).darker(115)}});
    m_caseloads->setParts({{tr("children"), QColor(0x9f, 0xb4, 0xcc)},
                           {tr("over the limit"), deadlineColour(DeadlineState::Overdue).darker(115)}});
    m_caseloads->setLimit(Caseload::limit, tr("limit %1 (LSL 13 b §)").arg(Caseload::limit));
}

} // namespace tukipolku::ui
