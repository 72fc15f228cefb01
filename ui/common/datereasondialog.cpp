#include "common/datereasondialog.h"
#include "common/clock.h"

#include "common/datefield.h"
#include "common/errorlabel.h"
#include "common/result.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tukipolku::ui {

DateReasonDialog::DateReasonDialog(const Texts &texts, const QList<Worker> &workers, const QString &workerId,
                                   Action action, QWidget *parent)
    : QDialog(parent), m_action(std::move(action))
{
    setWindowTitle(texts.title);
    auto *explanation = new QLabel(texts.explanation, this);
    explanation->setWordWrap(true);
    m_date = new DateField(this);
    m_date->setDate(Clock::today());
    auto *form = new QFormLayout;
    auto *dateLabel = new QLabel(texts.dateLabel, this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    if (!texts.reasonLabel.isEmpty()) {
        m_reason = new QLineEdit(this);
        auto *label = new QLabel(texts.reasonLabel, this);
        label->setBuddy(m_reason);
        form->addRow(label, m_reason);
    }
    if (!texts.workerLabel.isEmpty()) {
        m_worker = new QComboBox(this);
        for (const Worker &worker : workers)
            m_worker->addItem(worker.fullName(), worker.id);
        m_worker->setCurrentIndex(std::max(0, m_worker->findData(workerId)));
        auto *label = new QLabel(texts.workerLabel, this);
        label->setBuddy(m_worker);
        form->addRow(label, m_worker);
    }
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DateReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DateReasonDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void DateReasonDialog::accept()
{
    if (!m_date->isAcceptable()) {
        m_error->showError(m_date->toolTip());
        return;
    }
    const Result result = m_action(m_date->date(), m_reason ? m_reason->text() : QString(),
                                   m_worker ? m_worker->currentData().toString() : QString());
    if (!result) {
        m_error->showError(result.message());
        return;
    }
    QDialog::accept();
}

} // namespace tukipolku::ui
