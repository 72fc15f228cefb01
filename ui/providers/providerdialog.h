#pragma once

#include "domain/provider.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class DateField;
class ErrorLabel;

// Adds a provider to the registry or edits one; the IBAN, the identity code,
// the postal code and the e-mail are checked as they are typed.
class ProviderDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ProviderDialog(const Session &session, QWidget *parent = nullptr);

    void setProvider(const Provider &provider);
    QString savedProviderId() const { return m_provider.id; }

    QComboBox *kindField() const { return m_kind; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *ibanField() const { return m_iban; }
    QLineEdit *postalCodeField() const { return m_postalCode; }
    QLabel *ibanStatus() const { return m_ibanStatus; }
    ErrorLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    Provider fromFields() const;
    void checkFields();

    const Session &m_session;
    Provider m_provider;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_adults = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_postOffice = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_languages = nullptr;
    QSpinBox *m_capacity = nullptr;
    QSpinBox *m_minAge = nullptr;
    QSpinBox *m_maxAge = nullptr;
    DateField *m_training = nullptr;
    DateField *m_criminalRecord = nullptr;
    QLineEdit *m_identityCode = nullptr;
    QLineEdit *m_iban = nullptr;
    QLabel *m_ibanStatus = nullptr;
    QComboBox *m_worker = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui
