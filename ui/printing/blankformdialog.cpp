#include "printing/blankformdialog.h"

#include "common/errorlabel.h"
#include "printing/documentbuttons.h"
#include "storage/session.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tukipolku::ui {

BlankFormDialog::BlankFormDialog(const Session &session, const QString &language, QWidget *parent) : QDialog(parent)
{
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_buttons = new DocumentButtons(this);
    m_error = new ErrorLabel(this);
    m_close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_close);
    connect(m_close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &DocumentButtons::failed, m_error, &ErrorLabel::showError);

    // The blank form holds nobody's data: nothing to write to the access log.
    const ContactForms forms = session.contactForms();
    m_buttons->setSource([forms](const QString &chosen) { return Outcome<PrintableDocument>(forms.blank(chosen)); },
                         tr("contact-form"), std::nullopt);
    m_buttons->chooseLanguage(language == QLatin1String("sv") ? language : QStringLiteral("fi"));
    retranslateUi();
}

void BlankFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BlankFormDialog::retranslateUi()
{
    setWindowTitle(tr("Blank contact form"));
    m_explanation->setText(tr("The form \"Contact with social care for assessing the need for support\" (SHL 35 §), "
                              "blank, with this unit's address and phone hours. Schools, child health clinics and "
                              "families fill it in by hand; a filled-in form starts a case."));
}

} // namespace tukipolku::ui
