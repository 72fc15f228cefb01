#pragma once

#include <QWidget>

class QLabel;

namespace tukipolku::ui {

// The page shown when no database is open: how to open or create one.
class StartPage final : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace tukipolku::ui
