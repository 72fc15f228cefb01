#pragma once

#include "common/result.h"
#include "fieldcopy/fieldcopyconflict.h"
#include "fieldcopy/fieldcopyscope.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace tukipolku {

class Database;
class PrivateWorkFolder;
struct FieldCopyTable;

// Brings a field copy into this database, record by record:
// - a record only the copy has is added;
// - a record changed only in the copy (since both sides last agreed) is taken;
// - a record changed only here is kept;
// - a record changed on both sides is a conflict for a person to decide;
// - a signed agreement or issued decision wins over a draft, and is never changed.
// Importing the same file again changes nothing more, and brings back the
// conflicts that are still undecided.
class FieldCopyImport final {
    Q_DECLARE_TR_FUNCTIONS(FieldCopyImport)
public:
    explicit FieldCopyImport(const Database &database);
    ~FieldCopyImport();
    FieldCopyImport(const FieldCopyImport &) = delete;
    FieldCopyImport &operator=(const FieldCopyImport &) = delete;

    // Decrypts and checks the file and works out what it brings; writes nothing.
    Result read(const QString &file, const QString &password);
    // The same for a field copy already decrypted into `plainPath` (opening may
    // bring it up to date); for the fuzz tests of damaged contents.
    Result readPlain(const QString &plainPath);
    const FieldCopySummary &summary() const { return m_summary; }
    const QList<FieldCopyConflict> &conflicts() const { return m_conflicts; }

    // Writes it all in one transaction: each conflict as `choices` says (by
    // index; a missing or undecided one stays as it is here, to be decided later).
    Result apply(const QList<ConflictChoice> &choices, const QString &workerId);

private:
    enum class Action { Add, Take, KeepHere, Same, Conflict, Refused, AppendOnly };
    struct Planned {
        QString table;
        QString id;
        QString updatedAt; // the copy's version
        Action action = Action::Same;
    };

    void reset();
    Result openCopy(const QString &file, const QString &password);
    Result attachPlain(const QString &plain, const QString &shown);
    Result readInfo();
    // The copy's sealed list checked against this database, and put into
    // temporary tables that say which rows the copy may hold.
    Result checkScope();
    // The ids of `table`'s rows in the copy that are outside its list.
    Result outOfScope(const FieldCopyTable &table, QSet<QString> &ids) const;
    Result plan();
    // The attached copy's info, scope and plan; on a refusal it is detached again.
    Result readAttached();
    Result planTable(const FieldCopyTable &table);
    Action classify(const FieldCopyTable &table, const QVariantMap &there, const QVariantMap &here);
    QString clashOf(const QString &table, const QVariantMap &row) const;
    QString partialCondition(const QString &indexName) const;
    bool copiedRowMatches(const QString &table, const QString &id, const QString &condition) const;
    QString refusedParent(const QString &table, const QVariantMap &row) const;
    bool isFrozen(const FieldCopyTable &table, const QString &rowSchema, const QString &documentSchema,
                  const QString &id) const;
    FieldCopyConflict conflictOf(const FieldCopyTable &table, const QVariantMap &there, const QVariantMap &here) const;
    QString workerName(const QVariant &workerId) const;
    Result retireDraftParties(const QSet<qsizetype> &taken);
    Result write(const Planned &planned, bool take);
    Result rememberBase(const Planned &planned);
    Result refreshCases(const QString &workerId);
    void detach();

    QSqlDatabase m_connection;
    std::unique_ptr<PrivateWorkFolder> m_work;
    bool m_attached = false;
    bool m_read = false; // read() or readPlain() went through: apply() may write
    FieldCopySummary m_summary;
    QList<FieldCopyConflict> m_conflicts;
    QList<Planned> m_plan;
    QList<qsizetype> m_conflictPlan; // the plan entry of each conflict
    QSet<QString> m_refusedIds;
    FieldCopyScope m_scope;
};

} // namespace tukipolku
