#pragma once

#include <QString>
#include <QStringList>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QWidget;

namespace tukipolku::ui {

// Small builders the pages and forms share, so that every list and label
// behaves the same way.

// A label whose mnemonic moves the focus to `field`.
QLabel *buddyLabel(QWidget *parent, QWidget *field, const QString &text = {});
// Re-labels the row of `field` in `form` (for a language change).
void setRowLabel(QFormLayout *form, QWidget *field, const QString &text);
// A read-only list of rows: whole rows selected, the last column stretched,
// Tab leaves the table instead of walking its cells.
QTableWidget *makeListTable(int columns, QWidget *parent);
// Lets the user edit a field or only read it: text stays readable (not greyed
// out) in a frozen document.
void setEditable(QWidget *field, bool editable);
// A multi-line text field `lines` lines high in which Tab moves to the next field.
QPlainTextEdit *makeTextField(int lines, QWidget *parent);
// The framed banner above a frozen (signed or issued) document.
QLabel *makeNoticeBanner(QWidget *parent);
// Frames a field in red while its value is wrong (the message says why elsewhere).
void markInvalid(QLineEdit *field, bool invalid);
// Makes `table` exactly as high as its rows: all in view, no scroll area
// inside the form's own.
void fitTableHeight(QTableWidget *table);
// Puts `cells` into row `row` of `table`.
void fillTableRow(QTableWidget *table, int row, const QStringList &cells);

} // namespace tukipolku::ui
