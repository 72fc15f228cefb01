#pragma once

#include <QDialog>

class QTextBrowser;
class QToolButton;

namespace tukipolku::ui {

// The user guide, built into the program in English, Finnish and Swedish.
// F1 opens the page about what is on the screen; links lead to the others.
class HelpWindow final : public QDialog {
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows `page` (e.g. "pathway.html#deadlines") in `language` ("fi", "sv",
    // "en"; others fall back to English).
    void showPage(const QString &page, const QString &language);
    QTextBrowser *browser() const { return m_browser; }

    // The guide's address of a page in a language, e.g. qrc:/help/fi/index.html.
    static QUrl pageUrl(const QString &page, const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_browser = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_contents = nullptr;
    QString m_language;
};

} // namespace tukipolku::ui
