#include "settings/organisationdialog.h"

#include "common/errorlabel.h"
#include "common/widgets.h"
#include "storage/session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QBuffer>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
constexpr int logoPreviewHeight = 40;
constexpr int storedLogoHeight = 160; // over 300 dpi at the letterhead's 11 mm
} // namespace

OrganisationDialog::OrganisationDialog(const Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Organisation"));
    const Organisation organisation = session.organisation().load();
    auto *unitBox = new QGroupBox(tr("The organiser and the unit"), this);
    auto *unitForm = new QFormLayout(unitBox);
    auto *documentsBox = new QGroupBox(tr("Documents"), this);
    auto *documentsForm = new QFormLayout(documentsBox);
    documentsBox->setToolTip(tr("The organiser's own templates replace the built-in ones: a folder with fi/ and sv/ "
                                "holding any of decision.html, support_family_agreement.html, "
                                "support_person_agreement.html, family_work_agreement.html, client_plan.html and "
                                "contact_form.html. A broken template is reported by its line and the built-in one used."));
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
    m_logo = organisation.logo;
    m_logoPreview = new QLabel(this);
    m_logoPreview->setMinimumHeight(logoPreviewHeight);
    auto *chooseLogoButton = new QPushButton(tr("Choose a lo&go…"), this);
    m_removeLogo = new QPushButton(tr("&Remove the logo"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 1);
    logoRow->addWidget(chooseLogoButton);
    logoRow->addWidget(m_removeLogo);
    auto *logoLabel = new QLabel(tr("Logo:"), this);
    logoLabel->setToolTip(tr("Printed at the left of the letterhead on every page of every document."));
    documentsForm->addRow(logoLabel, logoRow);
    connect(chooseLogoButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
        if (!path.isEmpty())
            chooseLogo(path);
    });
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    showLogo();
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

bool OrganisationDialog::chooseLogo(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        m_error->showError(tr("The file %1 is not an image this program can read (%2).")
                               .arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    // Enough for print at the letterhead's size; the database stays small.
    if (image.height() > storedLogoHeight)
        image = image.scaledToHeight(storedLogoHeight, Qt::SmoothTransformation);
    QBuffer png(&m_logo);
    m_logo.clear();
    png.open(QIODevice::WriteOnly);
    image.save(&png, "PNG");
    m_error->clearError();
    showLogo();
    return true;
}

void OrganisationDialog::showLogo()
{
    QImage image;
    if (image.loadFromData(m_logo, "PNG")) {
        m_logoPreview->setPixmap(QPixmap::fromImage(image.scaledToHeight(logoPreviewHeight, Qt::SmoothTransformation)));
    } else {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("(no logo)"));
    }
    m_removeLogo->setEnabled(!m_logo.isEmpty());
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
    organisation.logo = m_logo;
    if (const Result saved = m_session.organisation().save(organisation); !saved) {
        m_error->showError(saved.message());
        return;
    }
    QDialog::accept();
}

} // namespace tukipolku::ui
