// libFuzzer target: the stage-word parser behind the applications CSV import.
// Whatever the text, the answer is empty or one of the planner's stage keys,
// and it does not change when the text is cleaned first.

#include "FuzzCheck.h"
#include "core/jobs/Application.h"
#include "core/jobs/StageTextParser.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QStringList keys = Application::stageKeys();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString stage = StageTextParser::parse(text);
    FUZZ_CHECK(stage.isEmpty() || keys.contains(stage));
    const QString cleaned = StageTextParser::clean(text);
    FUZZ_CHECK(StageTextParser::clean(cleaned) == cleaned);
    FUZZ_CHECK(StageTextParser::parse(cleaned) == stage);
    return 0;
}
