#pragma once

#include "domain/family.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

// A household: its members and their cases; add and edit members, start a
// case for a child.
class FamilyPage final : public QWidget {
    Q_OBJECT

public:
    explicit FamilyPage(const Session &session, QWidget *parent = nullptr);

    bool showFamily(const QString &familyId);
    QString familyId() const { return m_family.id; }
    const Family &family() const { return m_family; }
    // Why the last showFamily() read nothing whole; empty when it read the family or found none.
    QString readError() const { return m_readError; }

    QTableWidget *membersTable() const { return m_members; }
    QTableWidget *casesTable() const { return m_cases; }
    QPushButton *addMemberButton() const { return m_addMember; }
    QPushButton *newCaseButton() const { return m_newCase; }

    void addMember();
    void editMember();
    void removeMember();
    void newCase();

signals:
    void caseActivated(const QString &caseId);
    void familyChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    const Session &m_session;
    Family m_family;
    QString m_readError;
    QStringList m_caseIds;
    QLabel *m_title = nullptr;
    QLabel *m_membersLabel = nullptr;
    QLabel *m_casesLabel = nullptr;
    QTableWidget *m_members = nullptr;
    QTableWidget *m_cases = nullptr;
    QPushButton *m_addMember = nullptr;
    QPushButton *m_editMember = nullptr;
    QPushButton *m_removeMember = nullptr;
    QPushButton *m_newCase = nullptr;
    QPushButton *m_openCase = nullptr;
};

} // namespace tukipolku::ui
