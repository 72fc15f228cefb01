#include "rules/serviceprovisions.h"

#include <QRegularExpression>

namespace tukipolku {

namespace {
struct Sections {
    const char *code;
    const char *provisions;
};

// SHL: services of 14 § with their own section where the act has one.
constexpr Sections socialWelfare[] = {
    {"conversations", "SHL 14 §, 15 §"},
    {"family_counselling_clinic", "SHL 14 §, 26 §"},
    {"family_work", "SHL 14 §, 18 §"},
    {"home_help", "SHL 14 §, 18 a §"},
    {"support_person", "SHL 14 §, 28 §"},
    {"support_family", "SHL 14 §, 28 §"},
    {"substance_abuse_work", "SHL 14 §, 24 §"},
    {"social_guidance", "SHL 14 §, 16 §"},
    {"crisis_talk_support", "SHL 14 §, 15 §"},
};

// LSL: open-care support measures (34 §, 36 §), money and housing (35 §),
// a placement as open-care support (37 §).
constexpr Sections childWelfare[] = {
    {"financial_support", "LSL 34 §, 35 §, 36 §"},
    {"hobby_support", "LSL 34 §, 35 §, 36 §"},
    {"housing", "LSL 34 §, 35 §"},
    {"open_care_placement", "LSL 34 §, 37 §"},
};

// Free of charge by 4 § 1 kohta (as worded by 1292/2022).
constexpr const char *freeSocialServices[] = {"conversations", "social_guidance", "family_work",
                                              "family_counselling_clinic", "crisis_talk_support"};

template <std::size_t N>
const char *lookUp(const Sections (&table)[N], const QString &code)
{
    for (const Sections &entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.provisions;
    }
    return nullptr;
}
} // namespace

QString ServiceProvisions::forService(const QString &code, LegalBasis basis)
{
    if (basis == LegalBasis::ChildWelfareAct) {
        const char *found = lookUp(childWelfare, code);
        return QString::fromUtf8(found ? found : "LSL 34 §, 36 §");
    }
    const char *found = lookUp(socialWelfare, code);
    return QString::fromUtf8(found ? found : "SHL 14 §");
}

QString ServiceProvisions::localised(const QString &provisions, const QString &language)
{
    if (language != QLatin1String("sv"))
        return provisions;
    static const QRegularExpression lsl(QStringLiteral("\\bLSL\\b"));
    static const QRegularExpression shl(QStringLiteral("\\bSHL\\b"));
    static const QRegularExpression hl(QStringLiteral("\\bHL\\b"));
    QString text = provisions;
    text.replace(lsl, QStringLiteral("BSL"));
    text.replace(shl, QStringLiteral("SVL"));
    text.replace(hl, QStringLiteral("FvL"));
    return text;
}

int ServiceProvisions::freeOfChargePoint(const QString &code, LegalBasis basis, MeasureKind kind)
{
    if (kind == MeasureKind::Financial)
        return 0;
    if (basis == LegalBasis::ChildWelfareAct)
        return code == QLatin1String("open_care_placement") ? 0 : 4; // a placement may cost the parents (7 §)
    for (const char *free : freeSocialServices) {
        if (code == QLatin1String(free))
            return 1;
    }
    return 0;
}

} // namespace tukipolku
