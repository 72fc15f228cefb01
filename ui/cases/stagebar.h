#pragma once

#include "domain/clientcase.h"

#include <QWidget>

class QLabel;

namespace tukipolku::ui {

// The pathway as a row of steps: done (✓), current (●) and later (○), in
// words as well as colour.
class StageBar final : public QWidget {
    Q_OBJECT

public:
    explicit StageBar(QWidget *parent = nullptr);
    void setStage(CaseStage stage);
    // The steps' texts, for tests and screen readers.
    QStringList stepTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    CaseStage m_stage = CaseStage::Initiation;
    QList<QLabel *> m_steps;
};

} // namespace tukipolku::ui
