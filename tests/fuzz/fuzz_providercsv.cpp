// The providers' CSV import with any bytes: never crashes, every data row is
// either good or says why not, and the rows come in file order.
#include "fuzzsupport.h"

#include "exchange/providercsv.h"

using namespace tukipolku;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ProviderCsvResult result =
        ProviderCsv::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!result.fatal.isEmpty()) {
        fuzz::require(result.rows.isEmpty(), "a file that cannot be read has no rows");
        return 0;
    }
    int line = 1;
    for (const ProviderCsvRow &row : result.rows) {
        fuzz::require(row.line > line, "rows in file order, after the header");
        line = row.line;
        if (row.isGood())
            fuzz::require(!row.provider.name.trimmed().isEmpty(), "a good row names its provider");
        for (const QString &problem : row.problems)
            fuzz::require(!problem.isEmpty(), "a problem is a sentence");
    }
    fuzz::require(result.good().size() + result.rejected().size() == result.rows.size(), "good or rejected");
    return 0;
}
