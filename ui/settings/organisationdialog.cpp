#include "settings/organisationdialog.h"

#include "common/errorlabel.h"
#include "common/widgets.h"
#include "storage/session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

OrganisationDialog::OrganisationDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Organisation"));
    const Organisation organisation = session.organisation().load();
    auto *unitBox = new QGroupBox(tr("The organiser and the unit"), this);
    auto *unitForm = new QFormLayout(unitBox);
    auto *documentsBox = new QGroupBox(tr("Documents"), this);
    auto *documentsForm = new QFormLayout(documentsBox);
    documentsBox->setToolTip(tr("The organiser's own templates replace the built-in ones: a folder with fi/ and sv/ "
                                "holding decision.html, support_family_agreement.html and "
                                "support_person_agreement.html. A broken template is reported by its line and the "
                                "built-in one used."));
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
    add(documentsForm, &Organisation::templateFolder, tr("&Templates folder:"),
        tr("empty: the built-in templates"));
    auto *chooseFolder = new QPushButton(tr("Choose a fo&lder…"), this);
    documentsForm->addRow(QString(), chooseFolder);
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        QLineEdit *folderField = field(&Organisation::templateFolder);
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Templates folder"), folderField->text());
        if (!folder.isEmpty())
            folderField->setText(QDir::toNativeSeparators(folder));
    });
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
    layout->addWidget(documentsBox);
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
