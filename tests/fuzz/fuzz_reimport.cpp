// libFuzzer target: the roadmap re-import matcher. The input is two Markdown
// plans separated by a line "%%": the first is imported as the current plan,
// then the second re-imported over it, then the first again (so items the
// second dropped come back). Each time the preview the user is shown must
// count exactly what the merge then does, and the file stays consistent.

#include "FuzzCheck.h"
#include "core/Workspace.h"
#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/PlanImporter.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/Database.h"
#include "core/storage/Query.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace {
struct Fixture
{
    Fixture()
    {
        static int argc = 1;
        static char name[] = "fuzz_reimport";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
        FUZZ_CHECK(ws.open(dir.filePath(QStringLiteral("fuzz.sqlite")), Workspace::Seed::Nothing));
    }
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    Workspace ws;
};

bool read(const QByteArray& bytes, ParsedPlan* plan)
{
    QString error;
    if (!RoadmapMarkdownReader::parse(bytes, QStringLiteral("fuzz.md"), plan, &error))
        return false;
    PlanCalendar::apply(plan);
    return true;
}

void mergeAndCompare(Workspace& ws, const ParsedPlan& plan)
{
    const PlanImporter::Report expected =
        PlanImporter::preview(ws.roadmap().loadIncludingRemoved(), plan);
    PlanImporter importer(ws.database(), ws.roadmap(), ws.topics(), ws.skills(), ws.settings());
    PlanImporter::Report done;
    if (!importer.mergePlan(plan, &done))
        return; // refused as a whole (e.g. a value too large): nothing to compare
    FUZZ_CHECK(done.added == expected.added);
    FUZZ_CHECK(done.matched == expected.matched);
    FUZZ_CHECK(done.removed == expected.removed);
    Query fk(ws.database(), QStringLiteral("PRAGMA foreign_key_check"));
    FUZZ_CHECK(fk.exec() && !fk.next());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Fixture fixture;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype cut = bytes.indexOf("\n%%\n");
    ParsedPlan first;
    ParsedPlan second;
    if (!read(cut < 0 ? bytes : bytes.left(cut + 1), &first) ||
        !read(cut < 0 ? bytes : bytes.mid(cut + 4), &second))
        return 0;
    if (!fixture.ws.importPlan(first))
        return 0;
    mergeAndCompare(fixture.ws, second);
    mergeAndCompare(fixture.ws, first);
    return 0;
}
