#pragma once

#include "domain/clientcase.h"
#include "domain/worker.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class DocumentButtons;
class InitiationForm;

// The case's notifications and contacts: a choice of the one to show (the
// one that opened the case and every later one), the form of the chosen one,
// "New notification…" and the chosen one's contact form.
class InitiationsTab final : public QWidget {
    Q_OBJECT

public:
    explicit InitiationsTab(const Session &session, QWidget *parent = nullptr);

    // Shows the case; keeps the chosen initiation when it is still there,
    // otherwise shows the one that opened the case.
    void showCase(const ClientCase &clientCase, const QList<Worker> &workers);
    // Shows the initiation `id` of the case; false when it is not one of them.
    bool showInitiation(const QString &id);
    // Starts a new notification on the case, received now, in the form.
    void startNewNotification();

    // The initiation in the form as saved: a new one has an empty id and
    // opensCase false; the opening one and later ones carry their id.
    Initiation initiation() const;
    bool isNewNotification() const { return m_new; }
    InitiationForm *form() const { return m_form; }
    QComboBox *choice() const { return m_choice; }
    QPushButton *newButton() const { return m_newButton; }
    DocumentButtons *contactForm() const { return m_contactForm; }

signals:
    void edited();
    // The user chose another initiation or a new one: the form was refilled.
    void switched();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool mayLeaveForm();
    void fillChoice();
    void showChosen(int index);
    QString choiceText(const Initiation &initiation) const;
    void retranslateUi();

    const Session &m_session;
    ClientCase m_case;
    QString m_shownId; // the initiation in the form; empty for a new one
    bool m_new = false;
    bool m_edited = false;
    bool m_filling = false; // the form is being filled in, not edited
    QLabel *m_choiceLabel = nullptr;
    QComboBox *m_choice = nullptr;
    QPushButton *m_newButton = nullptr;
    InitiationForm *m_form = nullptr;
    QLabel *m_contactFormLabel = nullptr;
    DocumentButtons *m_contactForm = nullptr;
};

} // namespace tukipolku::ui
