#pragma once

#include "domain/measure.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class DateField;
class ErrorLabel;

// The log of one in-depth measure with quick entry: a support family's stays,
// a support person's meetings, the family worker's visits. The fields come
// pre-filled (today, the usual duration, a home visit), so that a visit is
// logged by typing a note and pressing Enter.
class LogPanel final : public QWidget {
    Q_OBJECT

public:
    explicit LogPanel(const Session &session, QWidget *parent = nullptr);

    // Shows the log of `measure` (of the catalogue type `type`); hides itself for other measures.
    void showMeasure(const Measure &measure, InDepthType type);
    // Starts a new entry: fresh defaults and the cursor in the first field to type.
    void startEntry();
    bool saveEntry();

    DateField *dateField() const { return m_date; }
    DateField *toDateField() const { return m_to; }
    QSpinBox *minutesField() const { return m_minutes; }
    QLineEdit *noteField() const { return m_note; }
    QCheckBox *cancelledField() const { return m_cancelled; }
    QLineEdit *reasonField() const { return m_reason; }
    QTableWidget *logTable() const { return m_log; }
    QLabel *progressLabel() const { return m_progress; }
    QPushButton *newEntryButton() const { return m_newEntry; }
    ErrorLabel *errorLabel() const { return m_error; }

signals:
    void logged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arrangeFields();
    void showLog();
    // Asks before a log entry changes a month already reported to payroll.
    bool confirmReportedMonth();
    void retranslateUi();

    const Session &m_session;
    Measure m_measure;
    InDepthType m_type = InDepthType::None;
    QGroupBox *m_box = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_dateLabel = nullptr;
    DateField *m_date = nullptr;
    QLabel *m_toLabel = nullptr;
    DateField *m_to = nullptr;
    QLabel *m_minutesLabel = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_placeLabel = nullptr;
    QComboBox *m_place = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_presentLabel = nullptr;
    QLineEdit *m_present = nullptr;
    QCheckBox *m_cancelled = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_kmLabel = nullptr;
    QSpinBox *m_km = nullptr;
    QPushButton *m_newEntry = nullptr;
    QPushButton *m_save = nullptr;
    ErrorLabel *m_error = nullptr;
    bool m_readFailed = false; // the error shown is the log's own read failure
    QTableWidget *m_log = nullptr;
};

} // namespace tukipolku::ui
