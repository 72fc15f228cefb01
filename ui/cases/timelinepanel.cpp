#include "cases/timelinepanel.h"
#include "common/clock.h"

#include "cases/casetimeline.h"
#include "common/errorlabel.h"
#include "domain/labels.h"
#include "storage/session.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "files/outputfile.h"
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tukipolku::ui {

TimelinePanel::TimelinePanel(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_timeline = new CaseTimeline(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_timeline);
    m_scroll->setWidgetResizable(true);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_error = new ErrorLabel(this);
    for (int i = 0; i < 5; ++i)
        m_buttons << new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    for (int i = 0; i < 3; ++i)
        buttons->addWidget(m_buttons.at(i));
    buttons->addStretch();
    buttons->addWidget(m_buttons.at(3));
    buttons->addWidget(m_buttons.at(4));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_legend);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_buttons.at(0), &QPushButton::clicked, this, &TimelinePanel::zoomIn);
    connect(m_buttons.at(1), &QPushButton::clicked, this, &TimelinePanel::zoomOut);
    connect(m_buttons.at(2), &QPushButton::clicked, this, &TimelinePanel::fitWhole);
    connect(m_buttons.at(3), &QPushButton::clicked, this, &TimelinePanel::print);
    connect(m_buttons.at(4), &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the time line as PDF"),
                                                          tr("time-line-%1.pdf").arg(m_case.caseNumber),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    retranslateUi();
}

void TimelinePanel::showCase(const ClientCase &c)
{
    m_case = c;
    const QDate today = Clock::today();
    QList<CaseTimeline::Event> events;
    const Initiation &i = c.initiation;
    events.append({i.receivedAt.date(), i.isNotification ? tr("Notification received") : tr("Contact received")});
    if (i.decidedOn.isValid())
        events.append({i.decidedOn, i.assessmentStarts.value_or(false) ? tr("Assessment starts") : tr("No assessment")});
    if (c.assessment && c.assessment->completedOn.isValid())
        events.append({c.assessment->completedOn, tr("Assessment completed")});
    for (const ClientPlan &plan : c.plans)
        events.append({plan.madeOn, tr("Plan, version %1").arg(plan.version)});
    if (c.isClosed())
        events.append({c.closedOn, tr("Case closed")});
    QList<CaseTimeline::DeadlineMark> deadlines;
    for (const Deadline &deadline : Deadlines::forCase(c, today))
        deadlines.append({deadline.due, Labels::deadlineKind(deadline.kind), deadline.state});
    QList<CaseTimeline::Bar> bars;
    const MeasureRepository measures = m_session.measures();
    const Outcome<QList<Decision>> decisions = m_session.decisions().decisionsOfCase(c.id);
    const Outcome<QList<Measure>> measured = measures.measuresOfCase(c.id);
    m_readError = decisions ? measured.message() : decisions.message();
    for (const Decision &decision : decisions.value_or({})) {
        if (decision.status != DecisionStatus::Issued)
            continue;
        // A decision that grants a period is a bar; an ending or a refusal a day on the line.
        if (decision.start.isValid())
            bars.append({tr("Decision %1").arg(decision.number), decision.start, decision.end, true});
        else
            events.append({decision.issuedOn, tr("Decision %1").arg(decision.number)});
    }
    for (const Measure &measure : measured.value_or({})) {
        const Outcome<CatalogueEntry> entry = measures.catalogueEntry(measure.catalogueId);
        if (entry.isFailed() && m_readError.isEmpty())
            m_readError = entry.message();
        bars.append({entry ? Labels::measureName(*entry) : QString(), measure.start,
                     measure.endedOn.isValid() ? measure.endedOn : measure.plannedEnd, false});
    }
    if (!m_readError.isEmpty()) {
        // Never a timeline without some of its decisions or measures.
        m_timeline->setContent({}, {}, {}, today);
        m_error->showError(m_readError);
        return;
    }
    m_timeline->setContent(events, deadlines, bars, today);
    m_error->clearError();
}

void TimelinePanel::zoomIn()
{
    const double current = m_timeline->zoom() > 0 ? m_timeline->zoom() : double(m_scroll->viewport()->width()) / 365;
    m_timeline->setZoom(current * 1.5);
    m_scroll->setWidgetResizable(false);
    m_timeline->resize(m_timeline->sizeHint());
}

void TimelinePanel::zoomOut()
{
    if (m_timeline->zoom() <= 0)
        return;
    m_timeline->setZoom(m_timeline->zoom() / 1.5);
    m_timeline->resize(m_timeline->sizeHint());
}

void TimelinePanel::fitWhole()
{
    m_timeline->setZoom(0);
    m_scroll->setWidgetResizable(true);
}

void TimelinePanel::paintPage(QPainter &painter, const QRectF &page) const
{
    // A heading names the child and the case; the picture takes the rest of the page.
    QFont heading = painter.font();
    heading.setBold(true);
    painter.setFont(heading);
    const double line = QFontMetricsF(heading).height();
    painter.drawText(QPointF(page.left(), page.top() + line),
                     tr("Time line: %1, case %2, %3")
                         .arg(m_case.child.fullName(), m_case.caseNumber, Labels::date(Clock::today())));
    painter.setFont(QFont(heading.family(), heading.pointSize()));
    m_timeline->render(painter, page.adjusted(0, 2 * line, 0, 0));
}

bool TimelinePanel::savePdf(const QString &path)
{
    // The file dialog has asked before an existing file is replaced.
    OutputFile file(path, Overwrite::Allow);
    Result done = file.open();
    if (done) {
        QPdfWriter writer(file.device());
        writer.setResolution(96);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            done = Result::failure(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        else
            paintPage(painter, writer.pageLayout().paintRectPixels(writer.resolution()).translated(
                                   -writer.pageLayout().paintRectPixels(writer.resolution()).topLeft()));
    }
    if (done)
        done = file.commit();
    if (!done) {
        m_error->showError(done.message());
        return false;
    }
    m_session.accessLog().record(AccessAction::Pdf, QStringLiteral("cases"), m_case.id, m_case.id, QString(),
                                 QDir::toNativeSeparators(path));
    return true;
}

void TimelinePanel::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    painter.scale(printer.resolution() / 96.0, printer.resolution() / 96.0);
    paintPage(painter, QRectF(0, 0, page.width() * 96.0 / printer.resolution(), page.height() * 96.0 / printer.resolution()));
    m_session.accessLog().record(AccessAction::Print, QStringLiteral("cases"), m_case.id, m_case.id, QString(),
                                 printer.printerName());
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_case.id.isEmpty())
            showCase(m_case);
    }
    QWidget::changeEvent(event);
}

void TimelinePanel::retranslateUi()
{
    m_legend->setText(tr("Dots: the pathway's events. Triangles: the statutory deadlines (green met or on time, "
                         "yellow due soon, red overdue). Bars: decisions (sand) and measures (blue). The dashed line is today."));
    m_buttons.at(0)->setText(tr("Zoom &in"));
    m_buttons.at(1)->setText(tr("Zoom &out"));
    m_buttons.at(2)->setText(tr("&Whole case"));
    m_buttons.at(3)->setText(tr("Print…"));
    m_buttons.at(4)->setText(tr("Save as P&DF…"));
}

} // namespace tukipolku::ui
