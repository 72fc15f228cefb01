#pragma once

#include "domain/family.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class DateField;
class ErrorLabel;

// Adds a person to a family or edits one. The identity code is checked as it
// is typed; the person is saved only when everything is right, and what was
// typed stays when something is not.
class PersonDialog final : public QDialog {
    Q_OBJECT

public:
    // With a familyId the person is added to that family with the chosen role.
    PersonDialog(const Session &session, QString familyId, QWidget *parent = nullptr);

    void setPerson(const Person &person, FamilyRole role);
    Person person() const;
    FamilyRole role() const;

    QLineEdit *firstNamesField() const { return m_firstNames; }
    QLineEdit *lastNameField() const { return m_lastName; }
    QLineEdit *identityCodeField() const { return m_identityCode; }
    DateField *birthDateField() const { return m_birthDate; }
    QComboBox *roleField() const { return m_role; }
    QLabel *identityCodeStatus() const { return m_codeStatus; }
    ErrorLabel *errorLabel() const { return m_error; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void checkIdentityCode();
    void retranslateUi();

    const Session &m_session;
    QString m_familyId;
    QString m_personId;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_identityCode = nullptr;
    QLabel *m_codeStatus = nullptr;
    DateField *m_birthDate = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_postOffice = nullptr;
    QLabel *m_postalLabel = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tukipolku::ui
