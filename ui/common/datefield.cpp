#include "common/datefield.h"

#include "common/widgets.h"

#include <QEvent>
#include <QLocale>

namespace tukipolku::ui {

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + 40);
    connect(this, &QLineEdit::textChanged, this, [this] {
        showState();
        emit dateChanged(date());
    });
    retranslateUi();
}

QDate DateField::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const QString &format : {QStringLiteral("d.M.yyyy"), QStringLiteral("d.M.yy"), QStringLiteral("yyyy-MM-dd")}) {
        QDate date = QDate::fromString(trimmed, format);
        if (date.isValid()) {
            if (format == QLatin1String("d.M.yy") && date.year() < 1950)
                date = date.addYears(100); // 1.2.26 is 2026, not 1926
            return date;
        }
    }
    return {};
}

QDate DateField::date() const
{
    return parse(text());
}

void DateField::setDate(const QDate &date)
{
    setText(date.isValid() ? date.toString(QStringLiteral("d.M.yyyy")) : QString());
}

bool DateField::isAcceptable() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

void DateField::showState()
{
    // A red frame and a tooltip: the text is not a date (never colour alone).
    markInvalid(this, !isAcceptable());
    setToolTip(isAcceptable() ? QString() : tr("This is not a date. Write it as day.month.year, e.g. 3.3.2026."));
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

void DateField::retranslateUi()
{
    setPlaceholderText(tr("d.m.yyyy"));
    showState();
}

} // namespace tukipolku::ui
