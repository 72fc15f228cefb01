#include "cases/caselistpage.h"

#include "common/deadlinecolours.h"
#include "domain/labels.h"
#include "models/caselistmodel.h"
#include "storage/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>

#include "common/errorlabel.h"
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
constexpr CaseStage listedStages[] = {CaseStage::Initiation, CaseStage::Assessment, CaseStage::Plan,
                                      CaseStage::Services};
}

CaseListPage::CaseListPage(QWidget *parent) : QWidget(parent)
{
    m_model = new CaseListModel(this);
    m_proxy = new DeadlineColourProxy(CaseListModel::DeadlineStateRole, CaseListModel::DeadlineColumn, this);
    m_proxy->setSourceModel(m_model);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_scope = new QComboBox(this);
    m_stage = new QComboBox(this);
    m_overdue = new QCheckBox(this);
    m_closed = new QCheckBox(this);
    m_newFamily = new QPushButton(this);
    m_open = new QPushButton(this);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setTabKeyNavigation(false);
    // Widths from typical contents: measuring every row would cost each reload.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    m_view->setColumnWidth(CaseListModel::NumberColumn, metrics.horizontalAdvance(QStringLiteral("2026-00000")) + padding);
    m_view->setColumnWidth(CaseListModel::ChildColumn, metrics.averageCharWidth() * 26 + padding);
    m_view->setColumnWidth(CaseListModel::StageColumn, metrics.averageCharWidth() * 24 + padding);
    m_view->setColumnWidth(CaseListModel::WorkerColumn, metrics.averageCharWidth() * 22 + padding);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_scope, 1);
    filters->addWidget(m_stage, 1);
    filters->addWidget(m_overdue);
    filters->addWidget(m_closed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newFamily);
    buttons->addStretch();
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    m_readError = new ErrorLabel(this);
    m_readError->setObjectName(QStringLiteral("caseListReadError"));
    layout->addLayout(filters);
    layout->addWidget(m_readError);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    retranslateUi();
    connect(m_search, &QLineEdit::textChanged, this, &CaseListPage::applyFilter);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseListPage::applyFilter);
    connect(m_closed, &QCheckBox::toggled, this, &CaseListPage::applyFilter);
    connect(m_view, &QTableView::activated, this, &CaseListPage::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &CaseListPage::openCurrent);
    connect(m_newFamily, &QPushButton::clicked, this, &CaseListPage::newFamilyRequested);
    connect(m_model, &CaseListModel::readFailed, m_readError, &ErrorLabel::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->readError().isEmpty())
            m_readError->clearError();
    });
    // Down arrow from the search field moves into the results.
    m_search->installEventFilter(this);
}

void CaseListPage::setSession(const Session *session)
{
    m_session = session;
    if (session)
        session->attach(*m_model, currentFilter());
    else
        m_model->setDatabase({}); // let go of the connection before it closes
    selectFirstRow();
}

void CaseListPage::reload()
{
    m_model->reload();
    selectFirstRow();
}

void CaseListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListPage::applyFilter()
{
    m_model->setFilter(currentFilter());
    selectFirstRow();
}

void CaseListPage::selectFirstRow()
{
    if (m_view->model()->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
}

CaseListFilter CaseListPage::currentFilter() const
{
    CaseListFilter filter;
    filter.text = m_search->text();
    if (m_scope->currentIndex() == 1 && m_session)
        filter.workerId = m_session->workerId().isEmpty() ? QStringLiteral("-") : m_session->workerId();
    if (m_stage->currentIndex() > 0)
        filter.stage = listedStages[m_stage->currentIndex() - 1];
    filter.overdueOnly = m_overdue->isChecked();
    filter.includeClosed = m_closed->isChecked();
    return filter;
}

void CaseListPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        emit caseActivated(index.data(CaseListModel::CaseIdRole).toString());
}

void CaseListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool CaseListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down && m_view->model()->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListPage::retranslateUi()
{
    const QSignalBlocker scopeBlocker(m_scope);
    const QSignalBlocker stageBlocker(m_stage);
    m_searchLabel->setText(tr("Se&arch:"));
    m_search->setPlaceholderText(tr("Name, identity code or case number"));
    const int scope = std::max(0, m_scope->currentIndex());
    m_scope->clear();
    m_scope->addItems({tr("All cases"), tr("My cases")});
    m_scope->setCurrentIndex(scope);
    const int stage = std::max(0, m_stage->currentIndex());
    m_stage->clear();
    m_stage->addItem(tr("All stages"));
    for (CaseStage listed : listedStages)
        m_stage->addItem(Labels::stage(listed));
    m_stage->setCurrentIndex(stage);
    m_overdue->setText(tr("&Overdue only"));
    m_closed->setText(tr("Include c&losed"));
    m_newFamily->setText(tr("&New family…"));
    m_open->setText(tr("O&pen case"));
    m_model->reload(); // headers and texts in the new language
}

} // namespace tukipolku::ui
