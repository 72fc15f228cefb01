#include "documents/templaterenderer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <kainjow/mustache.hpp>

namespace tukipolku {

namespace {
using Data = kainjow::mustache::data;

// QVariant trees into the engine's data: maps become objects, lists lists,
// booleans sections, everything else text.
Data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        Data object{Data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        Data list{Data::type::list};
        for (const QVariant &item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::Bool:
        return Data(value.toBool());
    default:
        return Data(value.toString().toStdString());
    }
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

QString TemplateRenderer::builtIn(const QString &kind, const QString &language)
{
    return readFile(QStringLiteral(":/documents/%1/%2.html").arg(language, kind));
}

bool TemplateRenderer::renderText(const QString &templateText, const QVariantMap &data, QString &html, QString &error)
{
    kainjow::mustache::mustache tmpl{templateText.toStdString()};
    if (!tmpl.is_valid()) {
        // The engine reports a character position: turn it into a line number.
        const QString message = QString::fromStdString(tmpl.error_message());
        static const QRegularExpression position(QStringLiteral("at (\\d+)"));
        const QRegularExpressionMatch match = position.match(message);
        const int offset = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int line = int(QStringView(templateText).left(offset).count(QLatin1Char('\n'))) + 1;
        error = tr("Line %1: %2").arg(line).arg(message);
        return false;
    }
    html = QString::fromStdString(tmpl.render(toData(data)));
    return true;
}

TemplateRenderer::Output TemplateRenderer::render(const QString &kind, const QString &language,
                                                  const QVariantMap &data, const QString &overrideFolder)
{
    Output output;
    if (!overrideFolder.isEmpty()) {
        const QString path = QDir(overrideFolder).filePath(QStringLiteral("%1/%2.html").arg(language, kind));
        const QString own = readFile(path);
        QString error;
        if (!own.isEmpty() && renderText(own, data, output.html, error))
            return output;
        if (!own.isEmpty())
            output.warning = tr("The template %1 cannot be used: %2. The built-in template was used instead.")
                                 .arg(QDir::toNativeSeparators(path), error);
    }
    QString error;
    renderText(builtIn(kind, language), data, output.html, error);
    return output;
}

} // namespace tukipolku
