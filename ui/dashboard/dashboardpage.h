#pragma once

#include "common/backgroundreading.h"
#include "reports/statisticsreport.h"
#include "storage/worklistrepository.h"

#include <QWidget>

class QGroupBox;
class QLabel;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class BarChart;
class ErrorLabel;

// The unit manager's picture of the unit: the statutory deadlines met on time
// and late in each of the last twelve months, and every worker's child
// welfare caseload against the limit of 30.
class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(const Session &session, QWidget *parent = nullptr);

    // Reads the figures again in a background thread; loaded() tells when they are in.
    void reload();
    BarChart *deadlinesChart() const { return m_deadlines; }
    BarChart *caseloadChart() const { return m_caseloads; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Reading {
        QList<MonthKeeping> months;
        QList<WorkerCaseload> caseloads;
        QString readError; // in words when the figures could not be read whole
    };
    void showReading(const Reading &reading);
    void retranslateUi();

    const Session &m_session;
    QGroupBox *m_deadlinesBox = nullptr;
    QGroupBox *m_caseloadBox = nullptr;
    QLabel *m_explanation = nullptr;
    ErrorLabel *m_readError = nullptr;
    BarChart *m_deadlines = nullptr;
    BarChart *m_caseloads = nullptr;
    BackgroundReading m_reading;
};

} // namespace tukipolku::ui
