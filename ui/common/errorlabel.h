#pragma once

#include <QLabel>

namespace tukipolku::ui {

// The sentence that says why a form could not be saved; hidden when empty.
class ErrorLabel final : public QLabel {
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);
    void showError(const QString &message);
    void clearError();
};

} // namespace tukipolku::ui
