#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tukipolku {
class CaseListModel;
struct CaseListFilter;
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;

class DeadlineColourProxy;

// The home page: every open case, searched as you type, the most urgent first.
class CaseListPage final : public QWidget {
    Q_OBJECT

public:
    explicit CaseListPage(QWidget *parent = nullptr);

    // Shows the cases of the session's database (or nothing when it is null).
    void setSession(const Session *session);
    void reload();
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    CaseListModel *model() const { return m_model; }

signals:
    void caseActivated(const QString &caseId);
    void newFamilyRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    CaseListFilter currentFilter() const;
    void selectFirstRow();
    void openCurrent();
    void retranslateUi();

    const Session *m_session = nullptr;
    CaseListModel *m_model = nullptr;
    DeadlineColourProxy *m_proxy = nullptr;
    QLabel *m_searchLabel = nullptr;
    ErrorLabel *m_readError = nullptr; // a list that could not be read says so
    QLineEdit *m_search = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_stage = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_closed = nullptr;
    QPushButton *m_newFamily = nullptr;
    QPushButton *m_open = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace tukipolku::ui
