#pragma once

#include "domain/clientcase.h"
#include "domain/measure.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class LogPanel;
class MeasureTimeline;

// The child's measures on the case page: a list, a time line, and the log
// of the selected in-depth measure.
class MeasuresTab final : public QWidget {
    Q_OBJECT

public:
    explicit MeasuresTab(const Session &session, QWidget *parent = nullptr);

    void showCase(const ClientCase &clientCase);
    // Why the last reading of the measures failed; empty when it did not.
    QString readError() const { return m_readError; }
    // Selects the measure in the list and shows its log.
    void selectMeasure(const QString &measureId);

    QTableWidget *measuresTable() const { return m_table; }
    LogPanel *logPanel() const { return m_log; }
    QPushButton *addButton() const { return m_add; }
    MeasureTimeline *timeline() const { return m_timeline; }

    void addMeasure();
    void editMeasure();
    void endMeasure();

signals:
    void measuresChanged();
    void agreementRequested(const QString &measureId);
    void decisionRequested(const QString &measureId);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString emptyText();
    void reload();
    void showSelected();
    void retranslateUi();

    const Session &m_session;
    ClientCase m_case;
    QList<Measure> m_measures;
    QString m_readError;
    QList<CatalogueEntry> m_entries; // of m_measures, in the same order
    QTableWidget *m_table = nullptr;
    MeasureTimeline *m_timeline = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_agreement = nullptr;
    QPushButton *m_decision = nullptr;
    QLabel *m_empty = nullptr;
    LogPanel *m_log = nullptr;
};

} // namespace tukipolku::ui
