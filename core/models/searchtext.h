#pragma once

#include <QString>
#include <QStringList>

namespace tukipolku {

// What a user typed into a search field, read as the three things it can be:
// words of names, the start of an identity code, the start of a case number.
struct SearchText {
    QStringList words;       // name words, each searched as a prefix
    QString ftsQuery;        // FTS5 MATCH: every word the start of a name part, empty when none
    QString exactChildQuery; // FTS5 MATCH: every word a whole name part of the child
    QString codePrefix;      // upper-case start of an identity code, or empty
    QString caseNumberPrefix; // start of a case number (2026-00153), or empty

    static SearchText parse(const QString &typed);
    bool isEmpty() const { return ftsQuery.isEmpty() && codePrefix.isEmpty() && caseNumberPrefix.isEmpty(); }
    bool isNameSearch() const { return !ftsQuery.isEmpty(); }
    // The smallest string greater than every string starting with `prefix`,
    // for an index range: prefix <= value < upperBound(prefix).
    static QString upperBound(const QString &prefix);
};

} // namespace tukipolku
