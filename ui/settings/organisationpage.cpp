#include "settings/organisationpage.h"
#include "common/clock.h"

#include "common/errorlabel.h"
#include "common/widgets.h"
#include "rules/appealinstructions.h"
#include "storage/session.h"

#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tukipolku::ui {

OrganisationPage::OrganisationPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    const Outcome<Organisation> stored = session.organisation().read();
    const Organisation organisation = stored.value_or(Organisation());
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
        return edit;
    };
    using Field = OrganisationRules::Field;
    add(unitForm, &Organisation::organiser, tr("&Organiser:"), tr("wellbeing services county or municipality"));
    add(unitForm, &Organisation::organiserSv, tr("Organiser in S&wedish:"), tr("for documents in Swedish"));
    add(unitForm, &Organisation::unit, tr("&Unit:"));
    add(unitForm, &Organisation::unitSv, tr("Unit &in Swedish:"), tr("for documents in Swedish"));
    add(unitForm, &Organisation::postalAddress, tr("&Postal address:"), tr("street or PO box, e.g. PL 100"));
    m_checked.append({Field::PostalCode, add(unitForm, &Organisation::postalCode, tr("Post&al code:"), tr("e.g. 96101"))});
    add(unitForm, &Organisation::postOffice, tr("Post o&ffice:"));
    add(unitForm, &Organisation::visitingAddress, tr("&Visiting address:"));
    m_checked.append({Field::Phone, add(unitForm, &Organisation::phone, tr("Pho&ne:"))});
    add(unitForm, &Organisation::phoneHours, tr("Phone &hours:"), tr("e.g. Mon–Fri 9–10"));
    m_checked.append({Field::Email, add(unitForm, &Organisation::email, tr("&E-mail:"))});
    m_checked.append({Field::EmergencyLine, add(unitForm, &Organisation::emergencyLine, tr("Child welfare on-&call line:"))});
    add(unitForm, &Organisation::documentFooter, tr("Document foo&ter:"));
    add(boardForm, &Organisation::boardName, tr("&Board:"), tr("the board that hears requests for review"));
    add(boardForm, &Organisation::boardNameSv, tr("Boa&rd in Swedish:"), tr("for documents in Swedish"));
    add(boardForm, &Organisation::registryAddress, tr("Re&gistry address:"),
        tr("where requests are delivered, e.g. PL 200, 96101 Rovaniemi"));
    m_checked.append({Field::RegistryEmail, add(boardForm, &Organisation::registryEmail, tr("Registry e-&mail:"))});
    add(boardForm, &Organisation::registryHours, tr("Registr&y opening hours:"), tr("e.g. Mon–Fri 9–15"));
    field(&Organisation::emergencyLine)->setWhatsThis(
        tr("Printed on decisions and on the contact form, so that a family knows whom to call in an emergency "
           "outside office hours (lastensuojelun päivystys)."));
    field(&Organisation::boardName)->setWhatsThis(
        tr("A decision's appeal instructions name this board: the client sends the request for review to it "
           "within 30 days. Without it a decision cannot be issued."));
    field(&Organisation::registryHours)->setWhatsThis(
        tr("A request for review must reach the registry before it closes on the last day: the appeal instructions "
           "print these hours. Without them a decision cannot be issued."));

    m_preview = new QTextBrowser(this);
    m_preview->setMinimumWidth(300);
    m_save = new QPushButton(tr("&Save organisation"), this);
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_error = new ErrorLabel(this);
    auto *fields = new QVBoxLayout;
    fields->addWidget(unitBox);
    fields->addWidget(boardBox);
    fields->addStretch();
    auto *previewColumn = new QVBoxLayout;
    auto *previewLabel = new QLabel(tr("Where they appear:"), this);
    previewColumn->addWidget(previewLabel);
    previewColumn->addWidget(m_preview, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(fields, 3);
    columns->addLayout(previewColumn, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addStretch();
    bottom->addWidget(m_save, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    for (const auto &entry : std::as_const(m_fields))
        connect(entry.second, &QLineEdit::textChanged, this, &OrganisationPage::check);
    connect(m_save, &QPushButton::clicked, this, &OrganisationPage::save);
    check();
    if (!stored) {
        // Saving fields that could not be read would empty them for good.
        m_save->setEnabled(false);
        m_error->showError(stored.message());
    }
}

QLineEdit *OrganisationPage::field(QString Organisation::*member) const
{
    for (const auto &entry : m_fields) {
        if (entry.first == member)
            return entry.second;
    }
    return nullptr;
}

Organisation OrganisationPage::fromFields() const
{
    // The document settings (templates folder, logo) are kept as saved.
    Organisation organisation = m_session.organisation().load();
    for (const auto &entry : m_fields)
        organisation.*entry.first = entry.second->text();
    return organisation;
}

void OrganisationPage::check()
{
    QStringList problems;
    for (const auto &[field, edit] : std::as_const(m_checked)) {
        const QString problem = OrganisationRules::problem(field, edit->text());
        markInvalid(edit, !problem.isEmpty());
        if (!problem.isEmpty())
            problems << problem;
    }
    if (problems.isEmpty())
        m_error->clearError();
    else
        m_error->showError(problems.join(QLatin1Char('\n')));
    showPreview(fromFields());
}

void OrganisationPage::showPreview(const Organisation &o)
{
    const auto line = [](const QString &text) -> QString { return text.toHtmlEscaped() + QStringLiteral("<br>"); };
    QString html = QStringLiteral("<p><b>%1</b><br>").arg(tr("Letterhead of every page").toHtmlEscaped());
    html += line(o.organiser) + line(o.unit) + QStringLiteral("</p>");
    if (!o.organiserSv.isEmpty() || !o.unitSv.isEmpty() || !o.boardNameSv.isEmpty()) {
        const Organisation swedish = o.inLanguage(QStringLiteral("sv"));
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("On documents in Swedish").toHtmlEscaped());
        html += line(swedish.organiser) + line(swedish.unit) + line(swedish.boardName) + QStringLiteral("</p>");
    }
    html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Contact details on decisions and forms").toHtmlEscaped());
    html += line(o.fullPostalAddress());
    if (!o.phone.isEmpty())
        html += line(o.phoneHours.isEmpty() ? o.phone : tr("%1 (%2)").arg(o.phone, o.phoneHours));
    html += line(o.email) + line(o.emergencyLine) + QStringLiteral("</p>");
    html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Foot of every page").toHtmlEscaped()) + line(o.documentFooter) + QStringLiteral("</p>");
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Appeal instructions of a decision made today").toHtmlEscaped());
    if (const QString missing = AppealInstructions::missingSettings(o); !missing.isEmpty())
        html += QStringLiteral("<p style=\"color:#a00000\">%1</p>").arg(missing.toHtmlEscaped());
    Person child; // in a child welfare matter a child of 12 may ask for review too
    child.birthDate = Clock::today().addYears(-AppealInstructions::childAppealAge(LegalBasis::ChildWelfareAct));
    for (const QString &paragraph :
         AppealInstructions::text(o, child, LegalBasis::ChildWelfareAct, Clock::today()).split(QLatin1Char('\n')))
        html += QStringLiteral("<p style=\"font-size:small\">%1</p>").arg(paragraph.toHtmlEscaped());
    m_preview->setHtml(html);
}

bool OrganisationPage::save()
{
    // The document settings (templates folder, logo) are kept as saved: never
    // replaced by empty ones from a read that failed.
    const Outcome<Organisation> stored = m_session.organisation().read();
    if (!stored) {
        m_error->showError(stored.message());
        return false;
    }
    Organisation organisation = *stored;
    for (const auto &entry : m_fields)
        organisation.*entry.first = entry.second->text();
    if (const Result saved = m_session.organisation().save(organisation); !saved) {
        m_error->showError(saved.message());
        return false;
    }
    m_error->clearError();
    return true;
}

} // namespace tukipolku::ui
