// libFuzzer target: the date parser, on whatever people type or trackers export.
// A date it accepts must be one it can read back from its ISO form, and a
// partial date is always the first of its month.

#include "FuzzCheck.h"
#include "core/io/DateParser.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace {
void check(const QString& text)
{
    bool partial = false;
    const QDate date = DateParser::parse(text, &partial);
    if (!date.isValid())
        return;
    FUZZ_CHECK(!partial || date.day() == 1);
    bool again = true;
    FUZZ_CHECK(DateParser::parse(date.toString(Qt::ISODate), &again) == date);
    FUZZ_CHECK(!again);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    check(QString::fromUtf8(bytes));
    check(QString::fromLatin1(bytes));
    return 0;
}
