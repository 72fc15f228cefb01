#include "worklist/worklistpage.h"
#include "common/clock.h"

#include "common/deadlinecolours.h"
#include "rules/caserules.h"
#include "storage/session.h"
#include "storage/workerrepository.h"
#include "worklist/worklistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QApplication>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tukipolku::ui {

namespace {
// The same workers under the same names: the choices need not be made again.
bool sameWorkers(const QList<Worker> &a, const QList<Worker> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Worker &x, const Worker &y) {
        return x.id == y.id && x.firstNames == y.firstNames && x.lastName == y.lastName;
    });
}
} // namespace

namespace {
// The choice of "the whole unit" in the who-combo; workers carry their ids.
const QString wholeUnit = QStringLiteral("*unit");
} // namespace

WorklistPage::WorklistPage(QWidget *parent) : QWidget(parent)
{
    m_whoLabel = new QLabel(this);
    m_who = new QComboBox(this);
    // Wide enough for a name; not measured item by item (thousands in a large unit).
    m_who->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_who->setMinimumContentsLength(32);
    m_whoLabel->setBuddy(m_who);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("worklistSummary"));
    m_summary->setWordWrap(true);
    m_model = new WorklistModel(this);
    m_model->setNameSource([this](const QStringList &personIds) {
        if (!m_session)
            return QHash<QString, QString>();
        return WorklistRepository(m_session->database().connection(), m_session->workerId()).childNames(personIds);
    });
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WorklistModel::Work, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_caseloadTitle = new QLabel(this);
    m_caseloadTitle->setWordWrap(true);
    m_caseloads = new QListWidget(this);
    m_caseloads->setSelectionMode(QAbstractItemView::NoSelection);
    m_caseloads->setFocusPolicy(Qt::NoFocus);

    auto *top = new QHBoxLayout;
    top->addWidget(m_whoLabel);
    top->addWidget(m_who);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    // A unit may have dozens of workers: their caseloads scroll beside the list.
    auto *sideWidget = new QWidget(this);
    auto *side = new QVBoxLayout(sideWidget);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_caseloadTitle);
    side->addWidget(m_caseloads, 1);
    sideWidget->setFixedWidth(fontMetrics().averageCharWidth() * 42);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_view, 1);
    columns->addWidget(sideWidget);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    connect(m_who, &QComboBox::activated, this, &WorklistPage::reload);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    retranslateUi();
}

WorklistPage::~WorklistPage() = default; // stops a reading under way, nobody would see it

void WorklistPage::setSession(const Session *session)
{
    m_session = session;
    m_workers.clear(); // read with the work, off the window's thread
    fillWhoChoices();
    reload();
}

void WorklistPage::fillWhoChoices()
{
    const QString chosen = m_who->currentData().toString();
    m_who->clear();
    if (!m_session)
        return;
    // A large unit has thousands of workers: the choices are put in a model of
    // their own and handed over at once (one by one, the box redoes its work
    // for each). Until the list has been read, the worker's own choice is there.
    auto *choices = new QStandardItemModel(m_who);
    const auto addChoice = [choices](const QString &text, const QString &id) {
        auto *item = new QStandardItem(text);
        item->setData(id, Qt::UserRole);
        choices->appendRow(item);
    };
    addChoice(tr("The whole unit"), wholeUnit);
    const QString me = m_session->workerId();
    QList<Worker> workers = m_workers;
    if (workers.isEmpty() && !me.isEmpty()) {
        if (const Outcome<Worker> worker = m_session->workers().find(me))
            workers.append(*worker);
    }
    for (const Worker &worker : std::as_const(workers))
        addChoice(worker.id == me ? tr("Me (%1)").arg(worker.fullName()) : worker.fullName(), worker.id);
    m_who->setModel(choices);
    // A worker starts with their own work; nobody chosen yet sees the unit's.
    const QString start = chosen.isEmpty() ? me : chosen;
    m_who->setCurrentIndex(std::max(0, m_who->findData(start.isEmpty() ? wholeUnit : start)));
}

void WorklistPage::showWorkOf(const QString &workerId)
{
    if (!workerId.isEmpty() && m_who->findData(workerId) < 0 && m_session) {
        m_workers = m_session->workers().all().value_or({}); // asked before the list was read
        fillWhoChoices();
    }
    m_who->setCurrentIndex(std::max(0, m_who->findData(workerId.isEmpty() ? wholeUnit : workerId)));
    reload();
}

QString WorklistPage::shownWorker() const
{
    const QString data = m_who->currentData().toString();
    return data == wholeUnit ? QString() : data;
}

void WorklistPage::reload()
{
    m_reading.stop();
    if (!m_session || !m_session->database().isOpen()) {
        m_model->setItems({}, Clock::today(), {});
        return;
    }
    // The whole unit's work is tens of thousands of rows at 100,000 families.
    const QString shown = shownWorker();
    const QString me = m_session->workerId();
    const QDate today = Clock::today();
    m_summary->setText(tr("Reading the work…"));
    m_reading.start<Reading>(
        m_session->database().path(),
        [shown, me, today](const ReaderConnection &reader, const std::atomic_bool *stopped) {
            const WorklistRepository worklist(reader.connection(), me);
            Reading reading;
            reading.items = worklist.items(shown, today, stopped);
            if (!stopped->load())
                reading.caseloads = worklist.caseloads();
            reading.readError = worklist.readError();
            if (!stopped->load()) {
                const Outcome<QList<Worker>> workers = WorkerRepository(reader.connection(), me).all();
                reading.workers = workers.value_or({});
                if (reading.readError.isEmpty())
                    reading.readError = workers.message();
            }
            return reading;
        },
        this, [this, today](const Reading &reading) { showReading(reading, today); });
}

void WorklistPage::showReading(const Reading &reading, const QDate &today)
{
    if (!m_session || !m_session->database().isOpen())
        return; // another database opened meanwhile
    if (!sameWorkers(reading.workers, m_workers)) {
        m_workers = reading.workers;
        fillWhoChoices();
    }
    QHash<QString, QString> names;
    for (const Worker &worker : std::as_const(m_workers))
        names.insert(worker.id, worker.fullName());
    if (!reading.readError.isEmpty()) {
        // Never a shorter list that looks whole: no rows, and why.
        m_model->setItems({}, today, names);
        m_summary->setText(reading.readError);
        m_summary->setStyleSheet(QStringLiteral("QLabel { color: #8a0016; font-weight: bold; }"));
        showCaseloads({});
        emit readFailed(reading.readError);
        emit loaded();
        return;
    }
    m_summary->setStyleSheet(QString());
    m_model->setItems(reading.items, today, names);
    m_summary->setText(tr("%n item(s) due within %1 days", nullptr, m_model->rowCount())
                           .arg(WorklistRepository::horizonDays)
                       + QStringLiteral(" · ") + tr("%n overdue", nullptr, m_model->overdueCount()));
    showCaseloads(reading.caseloads);
    emit loaded();
}

void WorklistPage::showCaseloads(const QList<WorkerCaseload> &caseloads)
{
    m_caseloads->clear();
    for (const WorkerCaseload &load : caseloads) {
        QString text = tr("%1: %2 / %3 children").arg(load.name).arg(load.childWelfareChildren).arg(Caseload::limit);
        auto *item = new QListWidgetItem(m_caseloads);
        QFont font = m_caseloads->font();
        font.setBold(load.workerId == m_session->workerId()); // me
        if (load.childWelfareChildren > Caseload::limit) {
            text += QStringLiteral(" – ") + tr("over the limit");
            item->setBackground(deadlineColour(DeadlineState::Overdue));
            font.setBold(true);
        } else if (load.childWelfareChildren == Caseload::limit) {
            item->setBackground(deadlineColour(DeadlineState::DueSoon));
        }
        item->setText(text);
        item->setFont(font);
    }
}

QString WorklistPage::caseloadText(int row) const
{
    const QListWidgetItem *item = m_caseloads->item(row);
    return item ? item->text() : QString();
}

void WorklistPage::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const WorkItem &item = m_model->item(row);
    if (item.place() == WorkPlace::Provider)
        emit providerRequested(item.recordId);
    else
        emit caseRequested(item.caseId, item.place(), item.recordId);
}

void WorklistPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_session) {
            fillWhoChoices();
            reload();
        }
    }
    QWidget::changeEvent(event);
}

void WorklistPage::retranslateUi()
{
    m_whoLabel->setText(tr("Show &the work of:"));
    m_caseloadTitle->setText(tr("<b>Child welfare caseload</b><br>children per responsible social worker; "
                                "the limit is %1 (LSL 13 b §)")
                                 .arg(Caseload::limit));
    m_view->setToolTip(tr("Double-click a row or press Enter to open it."));
}

} // namespace tukipolku::ui
