#include "measures/logpanel.h"
#include "storage/corruptionwatch.h"
#include "storage/databaseerror.h"
#include "common/clock.h"

#include "common/datefield.h"
#include "common/errorlabel.h"
#include "common/messagebox.h"
#include "common/widgets.h"
#include "domain/labels.h"
#include "storage/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
QString number(double value)
{
    return QString::number(value, 'f', value == double(qint64(value)) ? 0 : 1);
}
} // namespace

LogPanel::LogPanel(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_box = new QGroupBox(this);
    m_progress = new QLabel(m_box);
    QFont bold = m_progress->font();
    bold.setBold(true);
    m_progress->setFont(bold);
    m_date = new DateField(m_box);
    m_to = new DateField(m_box);
    m_minutes = new QSpinBox(m_box);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSingleStep(15);
    m_place = new QComboBox(m_box);
    m_note = new QLineEdit(m_box);
    m_present = new QLineEdit(m_box);
    m_cancelled = new QCheckBox(m_box);
    m_reason = new QLineEdit(m_box);
    m_km = new QSpinBox(m_box);
    m_km->setRange(0, 2000);
    m_dateLabel = buddyLabel(m_box, m_date);
    m_toLabel = buddyLabel(m_box, m_to);
    m_minutesLabel = buddyLabel(m_box, m_minutes);
    m_placeLabel = buddyLabel(m_box, m_place);
    m_noteLabel = buddyLabel(m_box, m_note);
    m_presentLabel = buddyLabel(m_box, m_present);
    m_kmLabel = buddyLabel(m_box, m_km);
    m_newEntry = new QPushButton(m_box);
    m_save = new QPushButton(m_box);
    m_error = new ErrorLabel(m_box);
    m_log = makeListTable(4, m_box);

    // Short fields side by side, the texts the full width.
    auto *when = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_dateLabel, m_date, m_toLabel, m_to, m_minutesLabel,
                                                            m_minutes, m_placeLabel, m_place, m_kmLabel, m_km})
        when->addWidget(widget);
    when->addStretch();
    auto *texts = new QGridLayout;
    texts->addWidget(m_presentLabel, 0, 0);
    texts->addWidget(m_present, 0, 1);
    texts->addWidget(m_noteLabel, 1, 0);
    texts->addWidget(m_note, 1, 1);
    texts->addWidget(m_cancelled, 2, 0);
    texts->addWidget(m_reason, 2, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newEntry);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_progress);
    boxLayout->addLayout(when);
    boxLayout->addLayout(texts);
    boxLayout->addLayout(buttons);
    boxLayout->addWidget(m_error);
    boxLayout->addWidget(m_log, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_newEntry, &QPushButton::clicked, this, &LogPanel::startEntry);
    connect(m_save, &QPushButton::clicked, this, &LogPanel::saveEntry);
    connect(m_cancelled, &QCheckBox::toggled, m_reason, &QWidget::setEnabled);
    // Enter in any field of the entry saves it.
    for (QWidget *field : std::initializer_list<QWidget *>{m_date, m_to, m_minutes, m_note, m_present, m_reason, m_km})
        field->installEventFilter(this);
    retranslateUi();
    setVisible(false);
}

bool LogPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            saveEntry();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LogPanel::showMeasure(const Measure &measure, InDepthType type)
{
    m_measure = measure;
    m_type = type;
    setVisible(type != InDepthType::None);
    if (type == InDepthType::None) {
        // Hidden, and holding nothing of the child shown before.
        m_log->setRowCount(0);
        m_progress->clear();
        return;
    }
    arrangeFields();
    startEntry();
    showLog();
}

void LogPanel::arrangeFields()
{
    const bool family = m_type == InDepthType::SupportFamily;
    const bool person = m_type == InDepthType::SupportPerson;
    const bool work = m_type == InDepthType::FamilyWork;
    m_toLabel->setVisible(family);
    m_to->setVisible(family);
    m_minutesLabel->setVisible(!family);
    m_minutes->setVisible(!family);
    m_placeLabel->setVisible(work);
    m_place->setVisible(work);
    m_presentLabel->setVisible(work);
    m_present->setVisible(work);
    m_cancelled->setVisible(!work);
    m_reason->setVisible(!work);
    m_kmLabel->setVisible(!work);
    m_km->setVisible(!work);
    m_noteLabel->setVisible(!family);
    m_note->setVisible(!family);
    Q_UNUSED(person)
    retranslateUi();
}

void LogPanel::startEntry()
{
    const QDate today = Clock::today();
    m_error->clearError();
    m_cancelled->setChecked(false);
    m_reason->clear();
    m_reason->setEnabled(false);
    m_km->setValue(0);
    m_note->clear();
    m_present->clear();
    m_place->setCurrentIndex(0);
    if (m_type == InDepthType::SupportFamily) {
        // The usual stay is the last weekend: Friday to Sunday.
        QDate friday = today.addDays(-((today.dayOfWeek() - Qt::Friday + 7) % 7));
        if (friday.addDays(2) > today)
            friday = friday.addDays(-7);
        m_date->setDate(friday);
        m_to->setDate(friday.addDays(2));
        m_date->setFocus();
    } else {
        m_date->setDate(today);
        m_minutes->setValue(m_type == InDepthType::SupportPerson ? 120 : 60);
        m_note->setFocus();
    }
}

bool LogPanel::saveEntry()
{
    for (DateField *field : {m_date, m_to}) {
        if (field->isVisible() && !field->isAcceptable()) {
            m_error->showError(field->toolTip());
            return false;
        }
    }
    if (!confirmReportedMonth())
        return false;
    Result saved;
    MeasureLogRepository logs = m_session.measureLogs();
    if (m_type == InDepthType::SupportFamily) {
        CareDays stay{QString(), m_measure.id, m_date->date(), m_to->date(), m_cancelled->isChecked(),
                      m_reason->text(), m_km->value()};
        saved = logs.saveCareDays(stay);
    } else if (m_type == InDepthType::SupportPerson) {
        Meeting meeting{QString(), m_measure.id, m_date->date(), m_minutes->value(), m_note->text(),
                        m_cancelled->isChecked(), m_km->value(), m_reason->text()};
        saved = logs.saveMeeting(meeting);
    } else {
        Visit visit{QString(), m_measure.id, m_date->date(), m_minutes->value(),
                    static_cast<VisitPlace>(m_place->currentIndex()), m_present->text(), m_note->text()};
        saved = logs.saveVisit(visit);
    }
    if (!saved) {
        m_error->showError(saved.message());
        return false;
    }
    showLog();
    startEntry();
    emit logged();
    return true;
}

bool LogPanel::confirmReportedMonth()
{
    // Family work is not paid from the log; the others' pay may already be with payroll.
    if (m_type == InDepthType::FamilyWork)
        return true;
    const ReportedMonths reported = m_session.reportedMonths();
    QDate month;
    for (const QDate &day : {m_date->date(), m_to->isVisible() ? m_to->date() : QDate()}) {
        const Outcome<bool> isReported = reported.isReported(day);
        if (!isReported) {
            m_error->showError(isReported.message()); // not known: not recorded
            return false;
        }
        if (*isReported)
            month = day;
    }
    if (!month.isValid())
        return true;
    return MessageBox::question(this, tr("Change a reported month?"),
                                tr("The compensation for %1 has already been reported to payroll. Record this "
                                   "anyway? Tell payroll of the correction.")
                                    .arg(ReportedMonths::monthText(month)),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void LogPanel::showLog()
{
    const int damage = CorruptionWatch::count();
    const MeasureLogRepository logs = m_session.measureLogs();
    const Outcome<MonthlyProgress> read = logs.progress(m_measure, m_type, Clock::today());
    const MonthlyProgress progress = read.value_or(MonthlyProgress());
    QString failed = read.message();
    QList<QStringList> rows;
    switch (m_type) {
    case InDepthType::SupportFamily: {
        m_progress->setText(tr("This month: %1 of %2 days of care").arg(number(progress.realised), number(progress.planned)));
        const Outcome<QList<CareDays>> stays = logs.careDays(m_measure.id);
        failed = failed.isEmpty() ? stays.message() : failed;
        for (const CareDays &stay : stays.value_or({})) {
            rows << QStringList{tr("%1–%2").arg(Labels::date(stay.from), Labels::date(stay.to)),
                                stay.cancelled ? tr("cancelled") : tr("%1 days of care").arg(stay.days()),
                                stay.mileageKm > 0 ? tr("%1 km").arg(stay.mileageKm) : QString(), stay.cancelReason};
        }
        break;
    }
    case InDepthType::SupportPerson: {
        m_progress->setText(tr("This month: %1 of %2 meetings").arg(number(progress.realised), number(progress.planned)));
        const Outcome<QList<Meeting>> held = logs.meetings(m_measure.id);
        failed = failed.isEmpty() ? held.message() : failed;
        for (const Meeting &meeting : held.value_or({})) {
            rows << QStringList{Labels::date(meeting.date),
                                meeting.cancelled ? tr("cancelled") : tr("%1 min").arg(meeting.minutes),
                                meeting.mileageKm > 0 ? tr("%1 km").arg(meeting.mileageKm) : QString(),
                                meeting.cancelled ? meeting.cancelReason : meeting.activity};
        }
        break;
    }
    case InDepthType::FamilyWork: {
        m_progress->setText(tr("This month: %1 of %2 hours").arg(number(progress.realised), number(progress.planned)));
        const Outcome<QList<Visit>> visited = logs.visits(m_measure.id);
        failed = failed.isEmpty() ? visited.message() : failed;
        for (const Visit &visit : visited.value_or({})) {
            rows << QStringList{Labels::date(visit.date), tr("%1 min").arg(visit.minutes), Labels::visitPlace(visit.place),
                                visit.present.isEmpty() ? visit.note : tr("%1 (present: %2)").arg(visit.note, visit.present)};
        }
        break;
    }
    case InDepthType::None:
        break;
    }
    if (!failed.isEmpty() || CorruptionWatch::count() != damage) {
        // Never a log in part: it would show fewer days or visits than there are.
        rows.clear();
        m_progress->clear();
        m_error->showError(failed.isEmpty() ? DatabaseError(DatabaseErrorCode::ReadFailed, m_session.database().path()).message()
                                            : failed);
        m_readFailed = true;
    } else if (m_readFailed) {
        m_error->clearError(); // read whole this time
        m_readFailed = false;
    }
    m_log->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column)
            m_log->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    }
    m_log->resizeColumnsToContents();
}

void LogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_type != InDepthType::None)
            showLog();
    }
    QWidget::changeEvent(event);
}

void LogPanel::retranslateUi()
{
    switch (m_type) {
    case InDepthType::SupportFamily:
        m_box->setTitle(tr("Days of care"));
        m_dateLabel->setText(tr("F&rom:"));
        m_newEntry->setText(tr("&New stay"));
        m_log->setHorizontalHeaderLabels({tr("Stay"), tr("Days"), tr("Mileage"), tr("Reason for cancelling")});
        break;
    case InDepthType::SupportPerson:
        m_box->setTitle(tr("Meetings"));
        m_dateLabel->setText(tr("Dat&e:"));
        m_noteLabel->setText(tr("Wh&at was done:"));
        m_newEntry->setText(tr("&New meeting"));
        m_log->setHorizontalHeaderLabels({tr("Date"), tr("Duration"), tr("Mileage"), tr("What was done")});
        break;
    default:
        m_box->setTitle(tr("Visits"));
        m_dateLabel->setText(tr("Dat&e:"));
        m_noteLabel->setText(tr("N&ote:"));
        m_newEntry->setText(tr("&New visit"));
        m_log->setHorizontalHeaderLabels({tr("Date"), tr("Duration"), tr("Where"), tr("Note")});
        break;
    }
    m_toLabel->setText(tr("&To:"));
    m_minutesLabel->setText(tr("M&inutes:"));
    m_placeLabel->setText(tr("&Where:"));
    m_presentLabel->setText(tr("&Present:"));
    m_kmLabel->setText(tr("&Km:"));
    m_cancelled->setText(tr("&Cancelled, because:"));
    m_save->setText(tr("&Log it"));
    m_save->setToolTip(tr("Saves the entry (Enter)"));
    const int place = std::max(0, m_place->currentIndex());
    m_place->clear();
    for (VisitPlace value : {VisitPlace::Home, VisitPlace::Office, VisitPlace::Other})
        m_place->addItem(Labels::visitPlace(value));
    m_place->setCurrentIndex(place);
}

} // namespace tukipolku::ui
