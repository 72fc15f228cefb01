#pragma once

#include <QList>
#include <QString>

namespace tukipolku {

class SqliteHandle;

// The numbered schema migrations embedded as resources (:/migrations/NNNN_name.sql).
class Migrations final {
public:
    struct Step {
        int version = 0;
        QString name;
        QString script;
    };

    // Every step, ordered by version; versions are 1, 2, 3… without gaps.
    static const QList<Step> &all();
    static int latestVersion();

    // Applies the steps after `fromVersion` up to `toVersion`, each in one
    // transaction together with its PRAGMA user_version bump. Returns an empty
    // string on success, else what failed (the failed step is rolled back).
    static QString apply(const SqliteHandle &handle, int fromVersion, int toVersion,
                         quint32 applicationId);
};

} // namespace tukipolku
