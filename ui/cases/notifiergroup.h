#pragma once

#include "domain/initiation.h"

#include <QGroupBox>

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace tukipolku::ui {

// Who made the notification or contact: name, organisation and title, phone
// and e-mail. A private person may stay anonymous, which empties the name.
class NotifierGroup final : public QGroupBox {
    Q_OBJECT

public:
    explicit NotifierGroup(QWidget *parent = nullptr);

    void setNotifier(const Initiation &initiation);
    // Writes the notifier's fields into `initiation`.
    void fillIn(Initiation &initiation) const;
    // Anonymity is offered to a private person only.
    void setPrivatePerson(bool privatePerson);

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAnonymity();
    void retranslateUi();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
};

} // namespace tukipolku::ui
