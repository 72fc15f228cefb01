#include "families/newfamilydialog.h"

#include "common/errorlabel.h"
#include "storage/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tukipolku::ui {

NewFamilyDialog::NewFamilyDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New family"));
    auto *explanation = new QLabel(tr("Give the family a name, usually the family name. You add the children, "
                                      "guardians and other members next."),
                                   this);
    explanation->setWordWrap(true);
    m_name = new QLineEdit(this);
    auto *label = new QLabel(tr("Family &name:"), this);
    label->setBuddy(m_name);
    auto *form = new QFormLayout;
    form->addRow(label, m_name);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewFamilyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewFamilyDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void NewFamilyDialog::accept()
{
    Family family;
    family.name = m_name->text();
    if (const Result saved = m_session.families().save(family); !saved) {
        m_error->showError(saved.message());
        return;
    }
    m_familyId = family.id;
    QDialog::accept();
}

} // namespace tukipolku::ui
