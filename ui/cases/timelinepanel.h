#pragma once

#include "domain/clientcase.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace tukipolku {
class Session;
}

namespace tukipolku::ui {

class CaseTimeline;
class ErrorLabel;

// The case's time line tab: the picture, zoom in and out, the whole case at
// once, and the picture printed or saved as PDF on landscape A4.
class TimelinePanel final : public QWidget {
    Q_OBJECT

public:
    explicit TimelinePanel(const Session &session, QWidget *parent = nullptr);

    void showCase(const ClientCase &clientCase);
    // Why the last showCase() could not read the timeline whole; empty when it could.
    QString readError() const { return m_readError; }
    CaseTimeline *timeline() const { return m_timeline; }
    void zoomIn();
    void zoomOut();
    void fitWhole();
    // Writes the picture as a PDF; false (with the reason shown) when it cannot.
    bool savePdf(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void print();
    void paintPage(QPainter &painter, const QRectF &page) const;
    void retranslateUi();

    const Session &m_session;
    ClientCase m_case;
    CaseTimeline *m_timeline = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_legend = nullptr;
    QList<QPushButton *> m_buttons; // zoom in, zoom out, whole case, print, PDF
    ErrorLabel *m_error = nullptr;
    QString m_readError;
};

} // namespace tukipolku::ui
