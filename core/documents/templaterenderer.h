#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace tukipolku {

// Fills a document template (Mustache, HTML) with data. Every value is HTML
// escaped by the template engine ({{value}}). The organiser's own copy of a
// template, in the templates folder of the settings, is used when it exists
// and is valid; a broken one is reported by line and the built-in one used.
class TemplateRenderer final {
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    struct Output {
        QString html;
        QString warning; // set when the organiser's template was broken and the built-in one used
    };

    // kind: "decision", "agreement"…; language: "fi" or "sv".
    static Output render(const QString &kind, const QString &language, const QVariantMap &data,
                         const QString &overrideFolder = {});
    // Renders `templateText`; on a template error returns false with the line in `error`.
    static bool renderText(const QString &templateText, const QVariantMap &data, QString &html, QString &error);
    static QString builtIn(const QString &kind, const QString &language);
};

} // namespace tukipolku
