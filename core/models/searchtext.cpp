#include "models/searchtext.h"

#include <QRegularExpression>

namespace tukipolku {

SearchText SearchText::parse(const QString &typed)
{
    SearchText search;
    const QString text = typed.simplified();
    if (text.isEmpty())
        return search;
    static const QRegularExpression codeStart(QStringLiteral("^\\d{1,6}([-+A-FU-Ya-fu-y]\\w{0,4})?$"));
    static const QRegularExpression caseStart(QStringLiteral("^\\d{1,4}(-\\d{0,5})?$"));
    if (codeStart.match(text).hasMatch())
        search.codePrefix = text.toUpper();
    if (caseStart.match(text).hasMatch())
        search.caseNumberPrefix = text;
    // Name words: letters (any script) and the joining marks of names.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}'’-]+"));
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (word.isEmpty() || word.front().isDigit())
            continue;
        search.words << word;
    }
    // Each word is a quoted phrase: FTS5 splits "Anna-Liisa" into adjacent
    // tokens itself, and nothing typed can act as an operator.
    QStringList prefixes;
    QStringList exact;
    for (const QString &word : search.words) {
        const QString phrase = QLatin1Char('"') + word + QLatin1Char('"');
        prefixes << phrase + QLatin1Char('*');
        exact << QStringLiteral("child : ") + phrase;
    }
    search.ftsQuery = prefixes.join(QLatin1Char(' '));
    search.exactChildQuery = exact.join(QLatin1Char(' '));
    return search;
}

QString SearchText::upperBound(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace tukipolku
