#pragma once

#include "domain/measure.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class ErrorLabel;

// The organiser's measure catalogue: add a measure, rename one in Finnish and
// Swedish, or retire one (it stays on the measures that already have it).
class CataloguePage final : public QWidget {
    Q_OBJECT

public:
    explicit CataloguePage(const Session &session, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *finnishField() const { return m_nameFi; }
    QLineEdit *swedishField() const { return m_nameSv; }
    QCheckBox *socialWelfareField() const { return m_shl; }
    QCheckBox *childWelfareField() const { return m_lsl; }
    ErrorLabel *errorLabel() const { return m_error; }

    void startNew();
    bool saveEntry();
    bool retireEntry();

private:
    void reload(const QString &selectId = {});
    void showEntry();

    const Session &m_session;
    QList<CatalogueEntry> m_entries;
    QString m_editingId; // empty while a new entry is being written
    QListWidget *m_list = nullptr;
    QLineEdit *m_nameFi = nullptr;
    QLineEdit *m_nameSv = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_shl = nullptr;
    QCheckBox *m_lsl = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_retire = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace tukipolku::ui
