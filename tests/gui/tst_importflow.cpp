#include "TestFiles.h"
#include "core/Workspace.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/BackupManager.h"
#include "core/storage/Database.h"
#include "core/storage/EditStack.h"
#include "gui/MainWindow.h"
#include "gui/common/ImportPreviewDialog.h"
#include "gui/common/ImportRunner.h"
#include "gui/dsa/DsaTab.h"
#include "gui/jobs/ApplicationsTab.h"
#include "gui/timeline/MatchPickerDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <algorithm>
#include <functional>
#include <memory>

// The one import flow, driven through the real dialogs for each of the three
// kinds: the shared preview shows what the file becomes and every warning;
// Cancel there or during the write leaves the database as it was; Import
// takes a backup first and is one undo step that restores the exact state.
class TestImportFlow : public QObject
{
    Q_OBJECT
public:
    enum Kind
    {
        Roadmap,
        Problems,
        Applications
    };
    Q_ENUM(Kind)

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsValuesAndCancelWritesNothing_data() { kinds(); }
    void previewShowsValuesAndCancelWritesNothing();
    void cancelDuringProgressWritesNothing_data() { kinds(); }
    void cancelDuringProgressWritesNothing();
    void importBacksUpAndOneUndoRestores_data() { kinds(); }
    void importBacksUpAndOneUndoRestores();
    void userRepointsAMatchInThePreview();

private:
    static void kinds();
    // Picks `file` through the kind's own entry (menu action or button) and
    // runs `act` on the preview once it is shown.
    bool importThroughUi(Kind kind, const QString& file,
                         const std::function<void(ImportPreviewDialog*)>& act);
    // Every user table, row by row: "the database is unchanged" means this is.
    QString dump() const;
    int backups() const { return int(m_ws->backups().list().size()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
// The visible text of a preview tree, one "a|b|c" line per row, children included.
QStringList lines(const QTreeWidget* tree)
{
    QStringList out;
    std::function<void(const QTreeWidgetItem*)> walk = [&](const QTreeWidgetItem* item) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << item->text(c);
        out << cells.join(u'|');
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return out;
}

QTreeWidget* rowsOf(ImportPreviewDialog* dialog)
{
    return dialog->findChild<QTreeWidget*>(QStringLiteral("importTreeWidget"));
}

QTreeWidget* issuesOf(ImportPreviewDialog* dialog)
{
    return dialog->findChild<QTreeWidget*>(QStringLiteral("importIssuesTreeWidget"));
}

// The lines of one dump that the other lacks, for a readable failure.
QString difference(const QString& actual, const QString& expected)
{
    const QStringList a = actual.split(u'\n');
    const QStringList e = expected.split(u'\n');
    QStringList out;
    for (const QString& line : a)
        if (!e.contains(line))
            out << QStringLiteral("+ ") + line;
    for (const QString& line : e)
        if (!a.contains(line))
            out << QStringLiteral("- ") + line;
    return out.join(u'\n');
}

void clickImport(ImportPreviewDialog* dialog)
{
    auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
}

} // namespace

void TestImportFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importflow"));
}

void TestImportFlow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir->filePath(QStringLiteral("flow.sqlite"))));
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportFlow::cleanup()
{
    ImportRunner::setProgressHook({});
    m_window.reset();
    m_ws.reset();
}

// The fixtures written for these imports: plans of headings only and of
// checkboxes only in code fences, a problem list whose first row is a
// spreadsheet formula with doubled quotes, applications with odd dates, stage
// words and salaries, and a tracker's export with a stage-history column.
void TestImportFlow::kinds()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("row");   // a line of the preview's table
    QTest::addColumn<QString>("issue"); // a line of its warnings ("line|field|message"), or none
    QTest::newRow("headings-only plan")
        << Roadmap << QStringLiteral("import/headings-only-curriculum.md")
        << QStringLiteral("Week 1: Shell and Git|")
        << QStringLiteral("headings-only-curriculum.md has no checklist items");
    QTest::newRow("checkboxes in fences")
        << Roadmap << QStringLiteral("import/fenced-checkboxes.md")
        << QStringLiteral("Template for a study week|")
        << QStringLiteral("fenced-checkboxes.md has no checklist items");
    QTest::newRow("formula problems") << Problems << QStringLiteral("import/formula-problems.csv")
                                      << QStringLiteral("3|Valid Parentheses|Easy|Stack|")
                                      << QStringLiteral("2|Title|text after a closing quote");
    QTest::newRow("messy applications")
        << Applications << QStringLiteral("import/messy-applications.csv")
        << QStringLiteral("2|Quantica|Development Internship|")
        << QStringLiteral("6|Current Status|");
    QTest::newRow("spreadsheet dates")
        << Applications << QStringLiteral("import/spreadsheet-applications.csv")
        << QStringLiteral("3|Contoso Labs|Backend Developer|")
        << QStringLiteral("3|Date Applied|cannot read \"8/82019\"");
    QTest::newRow("tracker export") << Applications << QStringLiteral("import/tracker-export.csv")
                                    << QStringLiteral("2|Acme Cloud||") << QString();
}

bool TestImportFlow::importThroughUi(Kind kind, const QString& file,
                                     const std::function<void(ImportPreviewDialog*)>& act)
{
    // Shared, because the timer may outlive this call when no preview comes up.
    auto shown = std::make_shared<bool>(false);
    QTimer::singleShot(0, qApp, [shown, act] {
        QWidget* modal = QApplication::activeModalWidget();
        auto* preview = qobject_cast<ImportPreviewDialog*>(modal);
        if (!preview) {
            // A message box instead of the preview: close it so the test goes on.
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            return;
        }
        *shown = true;
        act(preview);
        if (preview->isVisible())
            preview->reject(); // a failed check above must not leave it open
    });
    // The action and buttons have no result; the tests compare the database.
    switch (kind) {
    case Roadmap:
        m_window->fileDialogs().queueAnswer(file);
        m_window->findChild<QAction*>(QStringLiteral("importRoadmapAction"))->trigger();
        break;
    case Problems: {
        DsaTab* tab = m_window->dsaTab();
        m_window->tabs()->setCurrentWidget(tab);
        FileDialogs::queueAnswer(file);
        tab->findChild<QPushButton*>(QStringLiteral("importPushButton"))->click();
        break;
    }
    case Applications: {
        ApplicationsTab* tab = m_window->applicationsTab();
        m_window->tabs()->setCurrentWidget(tab);
        FileDialogs::queueAnswer(file);
        tab->findChild<QAction*>(QStringLiteral("importApplicationsAction"))->trigger();
        break;
    }
    }
    return *shown;
}

QString TestImportFlow::dump() const
{
    QString out;
    QSqlQuery tables(m_ws->database().connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        out += QStringLiteral("== ") + table + u'\n';
        QSqlQuery rows(m_ws->database().connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (rows.next()) {
            QStringList cells;
            for (int c = 0; c < rows.record().count(); ++c)
                cells << rows.value(c).toString();
            out += cells.join(u'|') + u'\n';
        }
    }
    return out;
}

void TestImportFlow::previewShowsValuesAndCancelWritesNothing()
{
    QFETCH(Kind, kind);
    QFETCH(QString, file);
    QFETCH(QString, row);
    QFETCH(QString, issue);
    const QString before = dump();
    const int steps = m_ws->undoStack().count();
    const int copies = backups();
    QStringList rows;
    QStringList issues;
    QString summary;
    QVERIFY(importThroughUi(kind, TestFiles::data(file), [&](ImportPreviewDialog* preview) {
        // The widgets' own models, but models all the same. A nested QTreeWidget
        // (the plan) gives column 1 the children of column 0, which the tester
        // refuses, so the plan's tree is left out.
        std::unique_ptr<QAbstractItemModelTester> rowsTester;
        if (kind != Roadmap)
            rowsTester = std::make_unique<QAbstractItemModelTester>(
                rowsOf(preview)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester issuesTester(
            issuesOf(preview)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        rows = lines(rowsOf(preview));
        issues = lines(issuesOf(preview));
        summary = preview->findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text();
        preview->reject(); // Cancel
    }));
    QVERIFY(!summary.isEmpty());
    const auto has = [](const QStringList& list, const QString& text) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const QString& line) { return line.contains(text); });
    };
    QVERIFY2(has(rows, row), qPrintable(rows.join(u'\n')));
    if (issue.isEmpty())
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(u'\n')));
    else
        QVERIFY2(has(issues, issue), qPrintable(issues.join(u'\n')));
    // Every warning names its line (the plan's are about the whole file).
    for (const QString& line : std::as_const(issues))
        QVERIFY2(kind == Roadmap || line.section(u'|', 0, 0).toInt() > 0, qPrintable(line));
    QVERIFY2(dump() == before, qPrintable(difference(dump(), before)));
    QCOMPARE(m_ws->undoStack().count(), steps);
    QCOMPARE(backups(), copies); // nothing was about to be written
}

void TestImportFlow::cancelDuringProgressWritesNothing()
{
    QFETCH(Kind, kind);
    QFETCH(QString, file);
    const QString before = dump();
    const int steps = m_ws->undoStack().count();
    const int copies = backups();
    int reports = 0;
    ImportRunner::setProgressHook([&reports](int, int) {
        ++reports;
        return false; // Cancel at the first report
    });
    QVERIFY(importThroughUi(kind, TestFiles::data(file), clickImport));
    QVERIFY(reports > 0);
    QCOMPARE(backups(), copies + 1);
    QVERIFY2(dump() == before, qPrintable(difference(dump(), before)));
    QCOMPARE(m_ws->undoStack().count(), steps);
}

void TestImportFlow::importBacksUpAndOneUndoRestores()
{
    QFETCH(Kind, kind);
    QFETCH(QString, file);
    const QString before = dump();
    const int steps = m_ws->undoStack().count();
    const int copies = backups();
    QVERIFY(importThroughUi(kind, TestFiles::data(file), clickImport));
    // A backup first, on disk, named for the import.
    QCOMPARE(backups(), copies + 1);
    bool found = false;
    for (const BackupManager::Backup& b : m_ws->backups().list())
        found = found || (b.reason == QLatin1String("before-import") && QFileInfo::exists(b.path));
    QVERIFY(found);
    const QString after = dump();
    QVERIFY(after != before);
    // One step, and it takes the whole import back, exactly.
    QCOMPARE(m_ws->undoStack().count(), steps + 1);
    m_ws->undoStack().undo();
    QVERIFY2(dump() == before, qPrintable(difference(dump(), before)));
    m_ws->undoStack().redo();
    // Redo writes the rows again, so the database stamps them again: compare without the times.
    static const QRegularExpression stamp(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    const QString redone = dump().replace(stamp, QStringLiteral("<time>"));
    const QString imported = QString(after).replace(stamp, QStringLiteral("<time>"));
    QVERIFY2(redone == imported, qPrintable(difference(redone, imported)));
}

void TestImportFlow::userRepointsAMatchInThePreview()
{
    // A small plan of our own, imported as a new plan, with its first item done.
    const QByteArray text = TestFiles::read(TestFiles::data(QStringLiteral("import/statuses.md")));
    const QString first = m_dir->filePath(QStringLiteral("first.md"));
    QVERIFY(TestFiles::write(first, text));
    QVERIFY(importThroughUi(Roadmap, first, [](ImportPreviewDialog* preview) {
        preview->findChild<QWidget*>(QStringLiteral("replaceRadioButton"))
            ->setProperty("checked", true);
        clickImport(preview);
    }));
    RoadmapModel& model = m_ws->roadmapModel();
    const auto idOf = [&model](const QString& title) {
        return model
            .match(model.index(0, 0), Qt::DisplayRole, title, 1,
                   Qt::MatchRecursive | Qt::MatchExactly)
            .value(0)
            .data(RoadmapModel::IdRole)
            .toLongLong();
    };
    const qint64 installId = idOf(QStringLiteral("Install Docker"));
    QVERIFY(installId > 0);

    // Reworded beyond what matching by content accepts: on its own it is new.
    QByteArray revised = text;
    revised.replace("- [x] Install Docker", "- [ ] Set up the container runtime");
    const QString second = m_dir->filePath(QStringLiteral("second.md"));
    QVERIFY(TestFiles::write(second, revised));
    QString matchBefore;
    QString matchAfter;
    QString continues;
    QStringList offered;
    QVERIFY(importThroughUi(Roadmap, second, [&](ImportPreviewDialog* preview) {
        QVERIFY(preview->findChild<QWidget*>(QStringLiteral("mergeRadioButton"))
                    ->property("checked")
                    .toBool());
        QTreeWidget* tree = rowsOf(preview);
        const QList<QTreeWidgetItem*> hits = tree->findItems(
            QStringLiteral("Set up the container runtime"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(hits.size(), 1);
        QTreeWidgetItem* item = hits.first();
        matchBefore = item->text(3);
        // Right-click › Continue a Different Node… › "Install Docker" › OK.
        QTimer::singleShot(0, qApp, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            auto* pick = menu->findChild<QAction*>(QStringLiteral("pickMatchAction"));
            QVERIFY(pick);
            QTimer::singleShot(0, qApp, [&] {
                auto* picker = qobject_cast<MatchPickerDialog*>(QApplication::activeModalWidget());
                QVERIFY(picker);
                QListWidget* list = picker->candidates();
                for (int i = 0; i < list->count(); ++i)
                    offered << list->item(i)->text();
                const QList<QListWidgetItem*> old =
                    list->findItems(QStringLiteral("Install Docker"), Qt::MatchExactly);
                QCOMPARE(old.size(), 1);
                list->setCurrentItem(old.first());
                picker->accept();
            });
            menu->setActiveAction(pick);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        const QRect at = tree->visualItemRect(item);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at.center(),
                                tree->viewport()->mapToGlobal(at.center()));
        QApplication::sendEvent(tree->viewport(), &event);
        matchAfter = item->text(3);
        continues = item->text(2);
        clickImport(preview);
    }));
    QCOMPARE(matchBefore, QStringLiteral("New"));
    // The picker offers items only, the most alike first; headings are not offered.
    QVERIFY(offered.contains(QStringLiteral("Install Docker")));
    QVERIFY(!offered.contains(QStringLiteral("Docker basics")));
    QCOMPARE(matchAfter, QStringLiteral("Renamed"));
    QCOMPARE(continues, QStringLiteral("Install Docker"));
    // The tick followed the user's choice: the same node, renamed, still done.
    const auto node = m_ws->roadmap().node(installId);
    QVERIFY(node.has_value());
    QCOMPARE(node->title, QStringLiteral("Set up the container runtime"));
    QCOMPARE(node->status, RoadmapNode::Status::Done);
    QVERIFY(!node->removed);
}

QTEST_MAIN(TestImportFlow)
#include "tst_importflow.moc"
