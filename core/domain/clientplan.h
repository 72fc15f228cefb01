#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tukipolku {

struct PlanGoal {
    QString id;
    QString goal;
    QDate targetDate;
};

// Asiakassuunnitelma (LSL 30 §): one version; reviewed at least once a year.
struct ClientPlan {
    QString id;
    int version = 0;
    QDate madeOn;
    QString participants;
    QString needs;
    QString circumstances;
    QList<PlanGoal> goals;
    QString services;
    QString estimatedDuration;
    QString differingViews;
    QString childOpinion;    // the child's own opinion and wishes (LSL 5 §, 20 §)
    QString childOpinionHow; // how it was found out, or why it could not be
    QString guardiansViews;
    QString childMeetings;
    QDate nextReviewOn;
};

// Seed 004: no plan for temporary advice, or when the assessment holds it all.
enum class NoPlanReason { None, TemporaryGuidance, AssessmentSuffices };

} // namespace tukipolku
