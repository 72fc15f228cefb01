#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace tukipolku {
class Session;
class WorkstationSettings;
}

namespace tukipolku::ui {

class BackupsPage;
class CataloguePage;
class PrivacyPage;
class HelpWindow;
class DocumentsPage;
class LanguageManager;
class LanguagePage;
class MePage;
class OrganisationPage;
class RatesPage;
class WorkersPage;

// Every setting in one place, a page each: what belongs to the unit is kept
// in the database (organisation, workers, rates, catalogue, documents), what
// belongs to this workstation in its own settings (me, language).
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    enum Page { Organisation, Me, Workers, Rates, Catalogue, Documents, Backups, Privacy, Language };

    SettingsDialog(Session &session, WorkstationSettings &settings, LanguageManager &languages,
                   QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    OrganisationPage *organisationPage() const { return m_organisation; }
    MePage *mePage() const { return m_me; }
    WorkersPage *workersPage() const { return m_workers; }
    RatesPage *ratesPage() const { return m_rates; }
    CataloguePage *cataloguePage() const { return m_catalogue; }
    DocumentsPage *documentsPage() const { return m_documents; }
    LanguagePage *languagePage() const { return m_language; }
    BackupsPage *backupsPage() const { return m_backups; }
    PrivacyPage *privacyPage() const { return m_privacy; }
    HelpWindow *helpWindow() const { return m_help; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QListWidget *m_list = nullptr;
    QStackedWidget *m_pages = nullptr;
    OrganisationPage *m_organisation = nullptr;
    MePage *m_me = nullptr;
    WorkersPage *m_workers = nullptr;
    RatesPage *m_rates = nullptr;
    CataloguePage *m_catalogue = nullptr;
    DocumentsPage *m_documents = nullptr;
    LanguagePage *m_language = nullptr;
    BackupsPage *m_backups = nullptr;
    PrivacyPage *m_privacy = nullptr;
    HelpWindow *m_help = nullptr; // made when F1 is first pressed
};

} // namespace tukipolku::ui
