#pragma once

#include "domain/agreement.h"
#include "domain/clientcase.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class DateField;
class DocumentButtons;
class ErrorLabel;

// The written agreements of a case: made from a support family or support
// person measure, signed by each party, frozen when all have signed, replaced
// by a new version, ended. What is still missing is shown in words.
class AgreementsTab final : public QWidget {
    Q_OBJECT

public:
    explicit AgreementsTab(const Session &session, QWidget *parent = nullptr);

    void showCase(const ClientCase &clientCase);
    // Starts a draft from the measure and shows it for editing.
    bool startFromMeasure(const QString &measureId);

    QTableWidget *list() const { return m_list; }
    QTableWidget *partiesTable() const { return m_parties; }
    QPushButton *signButton() const { return m_sign; }
    QPlainTextEdit *supportNeedField() const { return m_supportNeed; }
    QLabel *missingLabel() const { return m_missing; }
    QLabel *frozenLabel() const { return m_frozen; }
    ErrorLabel *errorLabel() const { return m_error; }
    // Why the last reading of the list failed; empty when it did not.
    QString readError() const { return m_readError; }

    bool saveDraft();
    // A draft is open for editing, so Ctrl+S has something to save.
    bool canSaveDraft() const;
    // Records that the party in `row` signed on `day`.
    bool recordSignature(int row, const QDate &day);
    bool startNewVersion(const QDate &from);
    bool endAgreement(const QDate &day, const QString &reason, bool early);
    // Writes the agreement's document as PDF without asking.
    bool saveAsPdf(const QString &path);

signals:
    void agreementsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload(const QString &selectId = {});
    void showSelected();
    void showSignable();
    void showAgreement(const Agreement &agreement);
    Agreement fromFields() const;
    void chooseMeasure();
    void signSelectedParty();
    void askEnd();
    void retranslateUi();

    const Session &m_session;
    ClientCase m_case;
    QList<Agreement> m_agreements;
    Agreement m_current;
    QTableWidget *m_list = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_frozen = nullptr;
    QPlainTextEdit *m_goals = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QPlainTextEdit *m_supportNeed = nullptr;
    QLineEdit *m_frequency = nullptr;
    QPlainTextEdit *m_place = nullptr;
    QLineEdit *m_transport = nullptr;
    QLineEdit *m_contacts = nullptr;
    QPlainTextEdit *m_illness = nullptr;
    QPlainTextEdit *m_review = nullptr;
    QPlainTextEdit *m_confidentiality = nullptr;
    QLabel *m_compensation = nullptr;
    QTableWidget *m_parties = nullptr;
    QLabel *m_missing = nullptr;
    ErrorLabel *m_error = nullptr;
    QString m_readError;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_version = nullptr;
    QPushButton *m_endButton = nullptr;
    DocumentButtons *m_documents = nullptr;
};

} // namespace tukipolku::ui
