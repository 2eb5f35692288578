// libFuzzer target: the CSV reader and both CSV importers (LeetCode-style
// problem lists and job applications) on arbitrary bytes.

#include "core/dsa/CatalogueReader.h"
#include "core/io/CsvReader.h"
#include "core/jobs/ApplicationCsvImporter.h"

#include <QByteArray>
#include <QDate>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    CsvReader::parse(bytes);
    CatalogueReader::read(bytes);
    const auto result =
        ApplicationCsvImporter::read(bytes, QStringLiteral("fuzz.csv"), {}, QDate(2026, 11, 26));
    ApplicationCsvImporter::records(result);
    return 0;
}
