#pragma once

#include <QWidget>

class QLabel;

namespace tukipolku {
class Database;
}

namespace tukipolku::ui {

// The page shown on start: which database is open and what it holds, or how
// to open or create one.
class StartPage final : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    // Shows the state of `database` (may be closed).
    void showDatabase(const Database &database);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    const Database *m_database = nullptr;
};

} // namespace tukipolku::ui
