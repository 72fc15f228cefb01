#include "common/widgets.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace tukipolku::ui {

QLabel *buddyLabel(QWidget *parent, QWidget *field, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

void setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

QPlainTextEdit *makeTextField(int lines, QWidget *parent)
{
    auto *field = new QPlainTextEdit(parent);
    field->setTabChangesFocus(true);
    field->setFixedHeight(field->fontMetrics().lineSpacing() * lines + 12);
    return field;
}

QLabel *makeNoticeBanner(QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("QLabel { background: #e8eef6; border: 1px solid #9fb4cc; padding: 6px; }"));
    return banner;
}

QTableWidget *makeListTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}

void setEditable(QWidget *field, bool editable)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setReadOnly(!editable);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        text->setReadOnly(!editable);
    else
        field->setEnabled(editable);
}

void fitTableHeight(QTableWidget *table)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

void fillTableRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

void markInvalid(QLineEdit *field, bool invalid)
{
    field->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid #b00020; }") : QString());
}

} // namespace tukipolku::ui
