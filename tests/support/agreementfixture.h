#pragma once

#include "testdatabase.h"

#include "domain/agreement.h"
#include "domain/clientcase.h"
#include "domain/measure.h"
#include "storage/agreementrepository.h"

namespace tukipolku::test {

// A case of Eetu Virtanen with a support family measure (the
// Laines, 2 days a month, 1.12.2025–30.11.2026) and the board's rates of 2023:
// fee 52,00 €, expenses 31,00 € per day of care, mileage 0,33 €/km.
struct AgreementFixture {
    TestDatabase db;
    ClientCase clientCase;
    Measure measure;
    AgreementRepository agreements{db.connection(), db.worker().id};

    AgreementFixture();
    // An intensified family work measure for the same child (6 hours a week,
    // 5.1.–30.6.2026) with family worker Kari Perhetyö; it is saved.
    Measure familyWorkMeasure();
    // A support person measure for the same child (2 meetings a month,
    // 1.2.–31.12.2026) with support person Pekka Tukinen; it is saved.
    Measure supportPersonMeasure();
    // A draft with everything it needs to be signed.
    Agreement signable();
    // Every party signs on `day`.
    void signAll(const Agreement &a, const QDate &day);
};

} // namespace tukipolku::test
