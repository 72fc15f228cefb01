#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;

// How documents look: the organiser's own templates folder and the logo in
// every page's letterhead. Both belong to the unit and are kept in the database.
class DocumentsPage final : public QWidget {
    Q_OBJECT

public:
    explicit DocumentsPage(const Session &session, QWidget *parent = nullptr);

    QLineEdit *templateFolderField() const { return m_folder; }
    ErrorLabel *errorLabel() const { return m_error; }
    // Reads an image file as the letterhead's logo, scaled down and kept as
    // PNG; false (with the reason shown) when the file is not an image.
    bool chooseLogo(const QString &path);
    void removeLogo();
    QByteArray logo() const { return m_logo; }
    // Saves the folder and the logo; false with the reason shown.
    bool save();

private:
    void showLogo();

    const Session &m_session;
    QByteArray m_logo;
    QLineEdit *m_folder = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QPushButton *m_save = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui
