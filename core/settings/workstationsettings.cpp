#include "settings/workstationsettings.h"

namespace tukipolku {

namespace {
constexpr char languageKey[] = "ui/language";
constexpr char geometryKey[] = "ui/windowGeometry";
constexpr char stateKey[] = "ui/windowState";
constexpr char lastDatabaseKey[] = "database/last";
} // namespace

QVariant WorkstationSettings::value(const char *key, const QVariant &fallback) const
{
    return m_settings.value(QLatin1String(key), fallback);
}

void WorkstationSettings::setValue(const char *key, const QVariant &value)
{
    m_settings.setValue(QLatin1String(key), value);
}

QString WorkstationSettings::language() const
{
    return value(languageKey).toString();
}

void WorkstationSettings::setLanguage(const QString &code)
{
    setValue(languageKey, code);
}

QByteArray WorkstationSettings::windowGeometry() const
{
    return value(geometryKey).toByteArray();
}

void WorkstationSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(geometryKey, geometry);
}

QByteArray WorkstationSettings::windowState() const
{
    return value(stateKey).toByteArray();
}

void WorkstationSettings::setWindowState(const QByteArray &state)
{
    setValue(stateKey, state);
}

QString WorkstationSettings::lastDatabase() const
{
    return value(lastDatabaseKey).toString();
}

void WorkstationSettings::setLastDatabase(const QString &path)
{
    setValue(lastDatabaseKey, path);
}

} // namespace tukipolku
