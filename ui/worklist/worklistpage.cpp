#include "worklist/worklistpage.h"

#include "common/widgets.h"
#include "rules/caserules.h"
#include "storage/session.h"
#include "storage/worklistrepository.h"
#include "worklist/worklistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
// The choice of "the whole unit" in the who-combo; workers carry their ids.
const QString wholeUnit = QStringLiteral("*unit");
} // namespace

WorklistPage::WorklistPage(QWidget *parent) : QWidget(parent)
{
    m_whoLabel = new QLabel(this);
    m_who = new QComboBox(this);
    m_whoLabel->setBuddy(m_who);
    m_summary = new QLabel(this);
    m_model = new WorklistModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_caseloadTitle = new QLabel(this);
    m_caseloadTitle->setWordWrap(true);
    m_caseloads = new QVBoxLayout;

    auto *top = new QHBoxLayout;
    top->addWidget(m_whoLabel);
    top->addWidget(m_who);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_caseloadTitle);
    side->addLayout(m_caseloads);
    side->addStretch();
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(fontMetrics().averageCharWidth() * 40);
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

void WorklistPage::setSession(const Session *session)
{
    m_session = session;
    fillWhoChoices();
    reload();
}

void WorklistPage::fillWhoChoices()
{
    const QString chosen = m_who->currentData().toString();
    m_who->clear();
    if (!m_session)
        return;
    m_who->addItem(tr("The whole unit"), wholeUnit);
    for (const Worker &worker : m_session->workers().all())
        m_who->addItem(worker.id == m_session->workerId() ? tr("Me (%1)").arg(worker.fullName()) : worker.fullName(),
                       worker.id);
    // A worker starts with their own work; nobody chosen yet sees the unit's.
    const QString start = chosen.isEmpty() ? m_session->workerId() : chosen;
    m_who->setCurrentIndex(std::max(0, m_who->findData(start.isEmpty() ? wholeUnit : start)));
}

void WorklistPage::showWorkOf(const QString &workerId)
{
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
    if (!m_session || !m_session->database().isOpen()) {
        m_model->setItems({}, QDate::currentDate(), {});
        return;
    }
    const QDate today = QDate::currentDate();
    QHash<QString, QString> names;
    for (const Worker &worker : m_session->workers().all())
        names.insert(worker.id, worker.fullName());
    const WorklistRepository worklist(m_session->database().connection(), m_session->workerId());
    m_model->setItems(worklist.items(shownWorker(), today), today, names);
    m_view->resizeColumnsToContents();
    m_summary->setText(tr("%n item(s) due within %1 days", nullptr, m_model->rowCount())
                           .arg(WorklistRepository::horizonDays)
                       + QStringLiteral(" · ") + tr("%n overdue", nullptr, m_model->overdueCount()));
    showCaseloads();
}

void WorklistPage::showCaseloads()
{
    qDeleteAll(m_caseloadLabels);
    m_caseloadLabels.clear();
    while (QLayoutItem *item = m_caseloads->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const WorklistRepository worklist(m_session->database().connection(), m_session->workerId());
    for (const WorkerCaseload &load : worklist.caseloads()) {
        auto *label = new QLabel(tr("%1: %2 / %3 children").arg(load.name).arg(load.childWelfareChildren).arg(Caseload::limit),
                                 this);
        auto *bar = new QProgressBar(this);
        bar->setRange(0, Caseload::limit);
        bar->setValue(std::min(load.childWelfareChildren, Caseload::limit));
        bar->setTextVisible(false);
        bar->setMaximumHeight(8);
        if (load.childWelfareChildren > Caseload::limit) {
            label->setText(label->text() + QStringLiteral(" – ") + tr("over the limit"));
            label->setStyleSheet(QStringLiteral("QLabel { color: #8a0016; font-weight: bold; }"));
        }
        m_caseloads->addWidget(label);
        m_caseloads->addWidget(bar);
        m_caseloadLabels.append(label);
    }
}

QLabel *WorklistPage::caseloadLabel(int row) const
{
    return row >= 0 && row < m_caseloadLabels.size() ? m_caseloadLabels.at(row) : nullptr;
}

void WorklistPage::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const WorkItem &item = m_model->item(row);
    if (item.place() == WorkPlace::Provider)
        emit providerRequested(item.recordId);
    else
        emit caseRequested(item.caseId, item.place());
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
    m_whoLabel->setText(tr("&Show the work of:"));
    m_caseloadTitle->setText(tr("<b>Child welfare caseload</b><br>children per responsible social worker; "
                                "the limit is %1 (LSL 13 b §)")
                                 .arg(Caseload::limit));
    m_view->setToolTip(tr("Double-click a row or press Enter to open it."));
}

} // namespace tukipolku::ui
