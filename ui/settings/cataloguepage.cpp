#include "settings/cataloguepage.h"

#include "common/errorlabel.h"
#include "domain/labels.h"
#include "storage/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

CataloguePage::CataloguePage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_list = new QListWidget(this);
    m_nameFi = new QLineEdit(this);
    m_nameSv = new QLineEdit(this);
    m_kind = new QComboBox(this);
    for (MeasureKind kind : {MeasureKind::InHouse, MeasureKind::Partner, MeasureKind::Financial})
        m_kind->addItem(Labels::measureKind(kind), int(kind));
    m_shl = new QCheckBox(Labels::legalBasis(LegalBasis::SocialWelfareAct), this);
    m_lsl = new QCheckBox(Labels::legalBasis(LegalBasis::ChildWelfareAct), this);
    m_new = new QPushButton(tr("&New measure"), this);
    m_save = new QPushButton(tr("Sa&ve"), this);
    m_retire = new QPushButton(tr("&Retire"), this);
    m_retire->setToolTip(tr("A retired measure is no longer offered; the children who have it keep it."));
    m_error = new ErrorLabel(this);

    auto *form = new QFormLayout;
    const QList<QPair<QString, QWidget *>> rows{{tr("Name in &Finnish:"), m_nameFi},
                                                {tr("Name in S&wedish:"), m_nameSv},
                                                {tr("&Kind:"), m_kind}};
    for (const auto &row : rows) {
        auto *label = new QLabel(row.first, this);
        label->setBuddy(row.second);
        form->addRow(label, row.second);
    }
    form->addRow(tr("Legal bases:"), m_shl);
    form->addRow(QString(), m_lsl);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_retire);
    buttons->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addWidget(m_error);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &CataloguePage::showEntry);
    connect(m_new, &QPushButton::clicked, this, &CataloguePage::startNew);
    connect(m_save, &QPushButton::clicked, this, &CataloguePage::saveEntry);
    connect(m_retire, &QPushButton::clicked, this, &CataloguePage::retireEntry);
    reload();
}

void CataloguePage::reload(const QString &selectId)
{
    const Outcome<QList<CatalogueEntry>> entries = m_session.measures().catalogue(true);
    m_entries = entries.value_or({});
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!entries) {
        m_error->showError(entries.message()); // never a shorter catalogue
        return;
    }
    for (const CatalogueEntry &entry : std::as_const(m_entries)) {
        const QString name = Labels::measureName(entry);
        m_list->addItem(entry.retired ? tr("%1 (retired)").arg(name) : name);
        if (entry.id == selectId)
            m_list->setCurrentRow(m_list->count() - 1);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showEntry();
}

void CataloguePage::showEntry()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const CatalogueEntry &entry = m_entries.at(row);
    m_editingId = entry.id;
    m_nameFi->setText(entry.nameFi);
    m_nameSv->setText(entry.nameSv);
    m_kind->setCurrentIndex(m_kind->findData(int(entry.kind)));
    m_shl->setChecked(entry.allowsSocialWelfareAct);
    m_lsl->setChecked(entry.allowsChildWelfareAct);
    m_retire->setEnabled(!entry.retired);
    m_error->clearError();
}

void CataloguePage::startNew()
{
    m_editingId.clear();
    m_list->clearSelection();
    for (QLineEdit *field : {m_nameFi, m_nameSv})
        field->clear();
    m_shl->setChecked(true);
    m_lsl->setChecked(true);
    m_retire->setEnabled(false);
    m_nameFi->setFocus();
}

bool CataloguePage::saveEntry()
{
    CatalogueEntry entry;
    for (const CatalogueEntry &existing : std::as_const(m_entries)) {
        if (existing.id == m_editingId)
            entry = existing;
    }
    entry.nameFi = m_nameFi->text();
    entry.nameSv = m_nameSv->text();
    entry.kind = static_cast<MeasureKind>(m_kind->currentData().toInt());
    entry.allowsSocialWelfareAct = m_shl->isChecked();
    entry.allowsChildWelfareAct = m_lsl->isChecked();
    if (const Result saved = m_session.measures().saveCatalogueEntry(entry); !saved) {
        m_error->showError(saved.message());
        return false;
    }
    reload(entry.id);
    return true;
}

bool CataloguePage::retireEntry()
{
    if (m_editingId.isEmpty())
        return false;
    if (const Result retired = m_session.measures().retireCatalogueEntry(m_editingId); !retired) {
        m_error->showError(retired.message());
        return false;
    }
    reload(m_editingId);
    return true;
}

} // namespace tukipolku::ui
