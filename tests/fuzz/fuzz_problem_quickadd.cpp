// libFuzzer target: the DSA tab's quick-add line ("two sum #arrays easy 25m
// solved @amazon *4"). What it accepts is a problem the planner can store; its
// title, typed again on its own, gives the same title and nothing else.

#include "FuzzCheck.h"
#include "core/dsa/ProblemQuickAdd.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QDate today(2026, 11, 26);
    const QString line = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    Problem p;
    QString error;
    if (!ProblemQuickAdd::parse(line, today, &p, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!p.title.isEmpty());
    FUZZ_CHECK(p.confidence >= 0 && p.confidence <= 5);
    FUZZ_CHECK(p.minutes >= 0 && p.minutes <= 99 * 60 + 999);
    FUZZ_CHECK((p.status == Problem::Status::Solved) == (p.solvedOn == today));
    Problem again;
    FUZZ_CHECK(ProblemQuickAdd::parse(p.title, today, &again, &error));
    FUZZ_CHECK(again.title == p.title);
    FUZZ_CHECK(again.topics.isEmpty() && again.companies.isEmpty() && again.link.isEmpty());
    return 0;
}
