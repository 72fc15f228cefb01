#pragma once

#include "rules/organisationrules.h"

#include <QWizard>

class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace tukipolku {
class Session;
class WorkstationSettings;
}

namespace tukipolku::ui {

// The first start on a new, empty database: a few questions a unit answers
// once (the organisation, who is using this workstation), each of which can be
// left for later, or a look around on fictional demo families first.
class FirstRunWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { ChoicePage, OrganisationPage, MePage, BackupPage };

    FirstRunWizard(Session &session, WorkstationSettings &settings, QWidget *parent = nullptr);

    // A database nobody has set up yet: no workers and no organisation.
    static bool isNeeded(const Session &session);

    bool demoChosen() const;
    void chooseDemo(bool demo);
    QLineEdit *organiserField() const { return m_organiser; }
    QLineEdit *unitField() const { return m_unit; }
    QLineEdit *phoneField() const { return m_phone; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *firstNamesField() const { return m_firstNames; }
    QLineEdit *lastNameField() const { return m_lastName; }
    QLineEdit *titleField() const { return m_title; }
    QCheckBox *decidesField() const { return m_decides; }
    QLineEdit *backupFolderField() const { return m_backupFolder; }
    int nextId() const override;
    // Saves what was filled in; a page left empty is skipped.
    void accept() override;

private:
    QWizardPage *buildChoicePage();
    QWizardPage *buildOrganisationPage();
    QWizardPage *buildMePage();
    QWizardPage *buildBackupPage();

    Session &m_session;
    WorkstationSettings &m_settings;
    QRadioButton *m_ownUnit = nullptr;
    QRadioButton *m_demo = nullptr;
    QLineEdit *m_organiser = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_decides = nullptr;
    QLineEdit *m_backupFolder = nullptr;
};

} // namespace tukipolku::ui
