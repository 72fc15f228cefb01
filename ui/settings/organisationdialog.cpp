#include "settings/organisationdialog.h"

#include "common/errorlabel.h"
#include "common/widgets.h"
#include "storage/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tukipolku::ui {

OrganisationDialog::OrganisationDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Organisation"));
    const Organisation organisation = session.organisation().load();
    auto *unitBox = new QGroupBox(tr("The organiser and the unit"), this);
    auto *unitForm = new QFormLayout(unitBox);
    auto *boardBox = new QGroupBox(tr("Requests for review"), this);
    auto *boardForm = new QFormLayout(boardBox);
    const auto add = [this, &organisation](QFormLayout *form, QString Organisation::*member, const QString &label,
                                           const QString &hint = {}) {
        auto *edit = new QLineEdit(organisation.*member, this);
        edit->setPlaceholderText(hint);
        form->addRow(buddyLabel(this, edit, label), edit);
        m_fields.append({member, edit});
    };
    add(unitForm, &Organisation::organiser, tr("&Organiser:"), tr("wellbeing services county or municipality"));
    add(unitForm, &Organisation::unit, tr("&Unit:"));
    add(unitForm, &Organisation::postalAddress, tr("&Postal address:"));
    add(unitForm, &Organisation::visitingAddress, tr("&Visiting address:"));
    add(unitForm, &Organisation::phone, tr("Pho&ne:"));
    add(unitForm, &Organisation::phoneHours, tr("Phone &hours:"), tr("e.g. Mon–Fri 9–10"));
    add(unitForm, &Organisation::email, tr("&E-mail:"));
    add(unitForm, &Organisation::emergencyLine, tr("Child welfare on-&call line:"));
    add(unitForm, &Organisation::documentFooter, tr("Document &footer:"));
    add(boardForm, &Organisation::boardName, tr("&Board:"), tr("the board that hears requests for review"));
    add(boardForm, &Organisation::boardAddress, tr("Board's a&ddress:"));
    add(boardForm, &Organisation::boardEmail, tr("Board's e-&mail:"));
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrganisationDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(unitBox);
    layout->addWidget(boardBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(600);
}

QLineEdit *OrganisationDialog::field(QString Organisation::*member) const
{
    for (const auto &entry : m_fields) {
        if (entry.first == member)
            return entry.second;
    }
    return nullptr;
}

void OrganisationDialog::accept()
{
    Organisation organisation;
    for (const auto &entry : std::as_const(m_fields))
        organisation.*entry.first = entry.second->text();
    if (const Result saved = m_session.organisation().save(organisation); !saved) {
        m_error->showError(saved.message());
        return;
    }
    QDialog::accept();
}

} // namespace tukipolku::ui
