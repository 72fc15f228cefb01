#include "help/helpwindow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tukipolku::ui {

HelpWindow::HelpWindow(QWidget *parent) : QDialog(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false); // the guide is all inside the program
    m_back = new QToolButton(this);
    m_forward = new QToolButton(this);
    m_contents = new QToolButton(this);
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addWidget(m_contents);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_contents, &QToolButton::clicked, this, [this] { showPage(QStringLiteral("index.html"), m_language); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] { setWindowTitle(m_browser->documentTitle()); });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    retranslateUi();
    resize(760, 680);
}

QUrl HelpWindow::pageUrl(const QString &page, const QString &language)
{
    const QString folder = language == QLatin1String("fi") || language == QLatin1String("sv") ? language
                                                                                              : QStringLiteral("en");
    return QUrl(QStringLiteral("qrc:/help/%1/%2").arg(folder, page));
}

void HelpWindow::showPage(const QString &page, const QString &language)
{
    m_language = language;
    m_browser->setSource(pageUrl(page, language));
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HelpWindow::retranslateUi()
{
    m_back->setText(tr("← Back"));
    m_forward->setText(tr("Forward →"));
    m_contents->setText(tr("Contents"));
}

} // namespace tukipolku::ui
