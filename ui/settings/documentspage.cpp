#include "settings/documentspage.h"

#include "common/errorlabel.h"
#include "common/widgets.h"
#include "storage/session.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace tukipolku::ui {

namespace {
constexpr int logoPreviewHeight = 48;
constexpr int storedLogoHeight = 160; // over 300 dpi at the letterhead's 11 mm
} // namespace

DocumentsPage::DocumentsPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    const Outcome<Organisation> stored = session.organisation().read();
    const Organisation organisation = stored.value_or(Organisation());
    m_logo = organisation.logo;
    m_folder = new QLineEdit(organisation.templateFolder, this);
    m_folder->setPlaceholderText(tr("empty: the built-in templates"));
    m_folder->setWhatsThis(tr("The organiser's own templates replace the built-in ones: a folder with fi/ and sv/ "
                              "holding any of decision.html, support_family_agreement.html, "
                              "support_person_agreement.html, family_work_agreement.html, client_plan.html and "
                              "contact_form.html. A broken template is reported by its line and the built-in one used."));
    auto *chooseFolder = new QPushButton(tr("Choose a fo&lder…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(chooseFolder);

    m_logoPreview = new QLabel(this);
    m_logoPreview->setMinimumHeight(logoPreviewHeight);
    auto *chooseLogoButton = new QPushButton(tr("Choose a lo&go…"), this);
    m_removeLogo = new QPushButton(tr("&Remove the logo"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 1);
    logoRow->addWidget(chooseLogoButton);
    logoRow->addWidget(m_removeLogo);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(this, m_folder, tr("&Templates folder:")), folderRow);
    auto *logoLabel = new QLabel(tr("Logo:"), this);
    logoLabel->setToolTip(tr("Printed at the left of the letterhead on every page of every document."));
    form->addRow(logoLabel, logoRow);
    auto *explanation = new QLabel(m_folder->whatsThis(), this);
    explanation->setWordWrap(true);
    m_save = new QPushButton(tr("&Save document settings"), this);
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_error = new ErrorLabel(this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addStretch();
    bottom->addWidget(m_save, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addStretch();
    layout->addLayout(bottom);

    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Templates folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(chooseLogoButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
        if (!path.isEmpty())
            chooseLogo(path);
    });
    connect(m_removeLogo, &QPushButton::clicked, this, &DocumentsPage::removeLogo);
    connect(m_save, &QPushButton::clicked, this, &DocumentsPage::save);
    showLogo();
    if (!stored) {
        // Saving settings that could not be read would empty them for good.
        m_save->setEnabled(false);
        m_error->showError(stored.message());
    }
}

bool DocumentsPage::chooseLogo(const QString &path)
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
    m_logo.clear();
    QBuffer png(&m_logo);
    png.open(QIODevice::WriteOnly);
    image.save(&png, "PNG");
    m_error->clearError();
    showLogo();
    return true;
}

void DocumentsPage::removeLogo()
{
    m_logo.clear();
    showLogo();
}

void DocumentsPage::showLogo()
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

bool DocumentsPage::save()
{
    // The organisation page's fields stay as saved: never emptied by a read that failed.
    const Outcome<Organisation> stored = m_session.organisation().read();
    if (!stored) {
        m_error->showError(stored.message());
        return false;
    }
    Organisation organisation = *stored;
    organisation.templateFolder = m_folder->text();
    organisation.logo = m_logo;
    if (const Result saved = m_session.organisation().save(organisation); !saved) {
        m_error->showError(saved.message());
        return false;
    }
    m_error->clearError();
    return true;
}

} // namespace tukipolku::ui
