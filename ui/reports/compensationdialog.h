#pragma once

#include "common/backgroundreading.h"
#include "documents/printabledocument.h"
#include "reports/compensationreport.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class CompensationTableModel;
class DocumentButtons;
class ErrorLabel;

// The monthly payment report for the unit manager: every provider's days of
// care or meetings, fee, expense allowance and mileage for a month, with the
// totals; printed (landscape A4), saved as PDF or CSV for payroll, and marked
// reported, after which the month's logs change only on confirmation.
class CompensationDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CompensationDialog(const Session &session, QWidget *parent = nullptr);

    // Shows a month: its logs are read in the background, loaded() tells when they are in.
    void showMonth(const QDate &month);
    QTableView *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    DocumentButtons *documentButtons() const { return m_documents; }
    // Writes the CSV for payroll; false (with the reason shown) when it cannot.
    bool exportCsv(const QString &path);
    // Marks the month reported to payroll.
    bool markReported();

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showReport(const CompensationMonth &report);
    void setActionsEnabled(bool enabled);
    void showStatus();
    PrintableDocument printable() const;
    void retranslateUi();

    const Session &m_session;
    CompensationMonth m_report;
    QLabel *m_monthLabel = nullptr;
    QDateEdit *m_month = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    CompensationTableModel *m_rows = nullptr;
    DocumentButtons *m_documents = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_reported = nullptr;
    ErrorLabel *m_error = nullptr;
    BackgroundReading m_reading;
};

} // namespace tukipolku::ui
