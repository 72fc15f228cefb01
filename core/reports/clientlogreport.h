#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace tukipolku {

// One thing logged about a client: who opened the case, changed a record,
// printed or exported a document, and when.
struct ClientLogLine {
    QDateTime at; // local time
    QString worker;
    QString what;
    QString detail;
};

// Answers a client's request (asiakastietolaki 703/2023): everything logged
// about one person in a date range — the views, prints and exports of the
// access log and the changes of the history — oldest first.
class ClientLogReport final {
    Q_DECLARE_TR_FUNCTIONS(ClientLogReport)

public:
    // Into `lines`; a failed read is a failure, never a shorter log.
    static Result lines(QList<ClientLogLine> &lines, const QSqlDatabase &database, const QString &personId, const QDate &from,
                                      const QDate &to);
    static QByteArray csv(const QList<ClientLogLine> &lines);
    static QString html(const QList<ClientLogLine> &lines, const QString &personName, const QDate &from, const QDate &to);
};

} // namespace tukipolku
