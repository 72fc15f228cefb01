#pragma once

#include "exchange/providercsv.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

// Shows what a provider CSV file holds: the rows that can be imported and the
// rejected ones with their line and reason. Importing needs a confirmation.
class ProviderImportDialog final : public QDialog {
    Q_OBJECT

public:
    ProviderImportDialog(const Session &session, const ProviderCsvResult &parsed, QWidget *parent = nullptr);

    QTableWidget *rejectedTable() const { return m_rejected; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *summaryLabel() const { return m_summary; }

    void accept() override;

private:
    const Session &m_session;
    ProviderCsvResult m_parsed;
    QLabel *m_summary = nullptr;
    QTableWidget *m_rejected = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace tukipolku::ui
