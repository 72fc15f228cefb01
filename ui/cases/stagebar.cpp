#include "cases/stagebar.h"

#include "domain/labels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace tukipolku::ui {

namespace {
constexpr int stepCount = 5; // initiation, assessment, plan, services, decisions
}

StageBar::StageBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < stepCount; ++i) {
        auto *step = new QLabel(this);
        step->setAlignment(Qt::AlignCenter);
        step->setMinimumHeight(fontMetrics().height() * 2);
        m_steps << step;
        layout->addWidget(step, 1);
    }
    retranslateUi();
}

void StageBar::setStage(CaseStage stage)
{
    m_stage = stage;
    retranslateUi();
}

QStringList StageBar::stepTexts() const
{
    QStringList texts;
    for (const QLabel *step : m_steps)
        texts << step->text();
    return texts;
}

void StageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StageBar::retranslateUi()
{
    const QStringList names{Labels::stage(CaseStage::Initiation), Labels::stage(CaseStage::Assessment),
                            Labels::stage(CaseStage::Plan), Labels::stage(CaseStage::Services), tr("Decisions")};
    // A closed case shows every step it went through as done.
    const int current = m_stage == CaseStage::Closed ? stepCount : int(m_stage);
    for (int i = 0; i < stepCount; ++i) {
        QString style = QStringLiteral("QLabel { border-radius: 4px; padding: 4px; ");
        QString mark;
        if (i < current) {
            mark = QStringLiteral("✓ ");
            style += QStringLiteral("background: #dcebdc; color: #1b4d1b; }");
        } else if (i == current) {
            mark = QStringLiteral("● ");
            style += QStringLiteral("background: #1f5f8b; color: white; font-weight: bold; }");
        } else {
            mark = QStringLiteral("○ ");
            style += QStringLiteral("background: #ececec; color: #555555; }");
        }
        m_steps.at(i)->setText(mark + names.at(i));
        m_steps.at(i)->setStyleSheet(style);
    }
}

} // namespace tukipolku::ui
