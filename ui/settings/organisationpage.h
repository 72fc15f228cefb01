#pragma once

#include "domain/organisation.h"
#include "rules/organisationrules.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;

// The organiser, the unit and the board that hears requests for review, as
// decisions, agreements and forms print them. Checked as the worker types;
// a preview beside the fields shows where each one appears.
class OrganisationPage final : public QWidget {
    Q_OBJECT

public:
    explicit OrganisationPage(const Session &session, QWidget *parent = nullptr);

    QLineEdit *field(QString Organisation::*member) const;
    ErrorLabel *errorLabel() const { return m_error; }
    QTextBrowser *preview() const { return m_preview; }
    // Saves the fields (keeping the document settings); false with the reason shown.
    bool save();

private:
    Organisation fromFields() const;
    void check();
    void showPreview(const Organisation &organisation);

    const Session &m_session;
    QList<QPair<QString Organisation::*, QLineEdit *>> m_fields;
    QList<QPair<OrganisationRules::Field, QLineEdit *>> m_checked;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui
