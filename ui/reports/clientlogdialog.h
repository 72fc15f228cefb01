#pragma once

#include "reports/clientlogreport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class DateField;
class DocumentButtons;
class ErrorLabel;

// A client's request to see what is logged about them: the openings of their
// case, the changes, prints and exports in a date range, printable and as CSV.
class ClientLogDialog final : public QDialog {
    Q_OBJECT

public:
    ClientLogDialog(const Session &session, const QString &caseId, QWidget *parent = nullptr);

    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }
    QTableWidget *table() const { return m_table; }
    void reload();
    bool exportCsv(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const Session &m_session;
    QString m_caseId;
    QString m_personId;
    QString m_personName;
    QString m_caseReadError; // why the case could not be read; empty when it was
    QList<ClientLogLine> m_lines;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QTableWidget *m_table = nullptr;
    DocumentButtons *m_documents = nullptr;
    QPushButton *m_csv = nullptr;
    ErrorLabel *m_error = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace tukipolku::ui
