#pragma once

#include "domain/provider.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tukipolku {

// One data row of a provider CSV file: the provider it describes, or why it was rejected.
struct ProviderCsvRow {
    int line = 0; // 1-based line number in the file (the header is line 1)
    Provider provider; // filled for good rows (id left empty)
    QStringList problems; // translated sentences; empty for a good row
    bool isGood() const { return problems.isEmpty(); }
};

// Everything read from a provider CSV file, for the import preview.
struct ProviderCsvResult {
    // Translated; set when the file cannot be read at all (not UTF-8, no header, unknown columns, empty).
    QString fatal;
    QList<ProviderCsvRow> rows; // every data row, good and rejected, in file order
    QList<ProviderCsvRow> good() const;
    QList<ProviderCsvRow> rejected() const;
};

// Reads the providers' CSV: UTF-8 (a BOM is allowed), ';' or ',' as separator (detected from the
// header line), a header row naming the columns, RFC 4180 quoting (quoted fields may hold the
// separator, doubled quotes and line breaks), CRLF or LF line ends; blank lines are skipped.
class ProviderCsv final {
    Q_DECLARE_TR_FUNCTIONS(ProviderCsv)

public:
    static ProviderCsvResult parse(const QByteArray &bytes);
    // The column names, in the order a template file has them.
    static QStringList columns();
};

} // namespace tukipolku
