#pragma once

#include "common/backgroundreading.h"
#include "domain/worker.h"
#include "storage/worklistrepository.h"
#include "worklist/workitem.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;
class QListWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class WorklistModel;

// What needs doing, the first page of the day: the current worker's work (or
// a chosen worker's, or the whole unit's) by due day with the overdue first,
// and every worker's child welfare caseload against the limit of 30.
class WorklistPage final : public QWidget {
    Q_OBJECT

public:
    explicit WorklistPage(QWidget *parent = nullptr);
    ~WorklistPage() override;

    void setSession(const Session *session);
    // Reads the work again (after changes elsewhere, or a new day) in a
    // background thread; loaded() tells when the rows are in.
    void reload();
    // Whose work is shown: a worker's id, or empty for the whole unit.
    void showWorkOf(const QString &workerId);
    QString shownWorker() const;

    QComboBox *whoField() const { return m_who; }
    QTableView *view() const { return m_view; }
    WorklistModel *model() const { return m_model; }
    // The caseload line of the `row`th worker, e.g. "Aino Aaltonen: 27 / 30 children".
    QString caseloadText(int row) const;
    // Opens the row's item as if the worker pressed Enter on it.
    void openRow(int row);

signals:
    void loaded();
    void caseRequested(const QString &caseId, WorkPlace place, const QString &recordId);
    void providerRequested(const QString &providerId);
    // The work could not be read whole (a damaged file): `message` says so.
    void readFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Reading {
        QList<WorkItem> items;
        QList<WorkerCaseload> caseloads;
        QList<Worker> workers;
        QString readError; // in words when the work could not be read whole
    };
    void fillWhoChoices();
    void showReading(const Reading &reading, const QDate &today);
    void showCaseloads(const QList<WorkerCaseload> &caseloads);
    void retranslateUi();

    const Session *m_session = nullptr;
    BackgroundReading m_reading;
    QList<Worker> m_workers; // the unit's workers as last read, for the choices and the names
    QLabel *m_whoLabel = nullptr;
    QComboBox *m_who = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    WorklistModel *m_model = nullptr;
    QLabel *m_caseloadTitle = nullptr;
    QListWidget *m_caseloads = nullptr;
};

} // namespace tukipolku::ui
