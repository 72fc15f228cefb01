#pragma once

#include <QDate>
#include <QLineEdit>

namespace tukipolku::ui {

// A date typed the way Finnish and Swedish users write it (1.2.2026, 1.2.26);
// it may be left empty, unlike QDateEdit, and says when the text is no date.
class DateField final : public QLineEdit {
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &date);
    // True when the text is empty or a real date.
    bool isAcceptable() const;

    static QDate parse(const QString &text);

signals:
    void dateChanged(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showState();
    void retranslateUi();
};

} // namespace tukipolku::ui
