// The identity code parser with any text: never crashes, and a code it
// accepts reads the same again from its stored form.
#include "fuzzsupport.h"

#include "rules/identitycode.h"

using namespace tukipolku;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const IdentityCodeParse parsed = parseIdentityCode(text);
    if (!parsed.isValid()) {
        fuzz::require(!parsed.message().isEmpty(), "a refused code says why");
        return 0;
    }
    fuzz::require(parsed.normalized.size() == 11, "a valid code has 11 characters");
    fuzz::require(parsed.birthDate.isValid(), "a valid code has a birth date");
    const IdentityCodeParse again = parseIdentityCode(parsed.normalized);
    fuzz::require(again.isValid() && again.normalized == parsed.normalized && again.birthDate == parsed.birthDate
                      && again.sex == parsed.sex && again.temporary == parsed.temporary,
                  "the stored form reads the same");
    const int individual = parsed.normalized.mid(7, 3).toInt();
    fuzz::require(identityCodeCheckCharacter(parsed.birthDate, individual) == parsed.normalized.at(10),
                  "the check character agrees");
    return 0;
}
