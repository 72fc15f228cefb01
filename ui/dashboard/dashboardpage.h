#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class BarChart;

// The unit manager's picture of the unit: the statutory deadlines met on time
// and late in each of the last twelve months, and every worker's child
// welfare caseload against the limit of 30.
class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(const Session &session, QWidget *parent = nullptr);

    void reload();
    BarChart *deadlinesChart() const { return m_deadlines; }
    BarChart *caseloadChart() const { return m_caseloads; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const Session &m_session;
    QGroupBox *m_deadlinesBox = nullptr;
    QGroupBox *m_caseloadBox = nullptr;
    QLabel *m_explanation = nullptr;
    BarChart *m_deadlines = nullptr;
    BarChart *m_caseloads = nullptr;
};

} // namespace tukipolku::ui
