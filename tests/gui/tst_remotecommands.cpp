#include "core/Workspace.h"
#include "core/dsa/ProblemModel.h"
#include "core/jobs/ApplicationModel.h"
#include "core/roadmap/RoadmapEdits.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/storage/EditStack.h"
#include "gui/CommandReceiver.h"
#include "gui/MainWindow.h"
#include "gui/SingleInstance.h"
#include "gui/dsa/DsaTab.h"
#include "gui/jobs/ApplicationsTab.h"
#include "gui/timeline/TimelineTab.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// A second process — the real executable — sends quick adds to a running
// window over the single-instance socket; the window applies each as one undo
// step and shows it.
class TestRemoteCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addProblemReachesTheWindowAndOneUndoRemovesIt();
    void addApplicationAndTickReachTheWindow();
    void badLineIsRefusedByTheWindow();
    void otherProtocolVersionIsRefused();
    void showOpensTheQuickAddLine();
    void commandWaitsForAWindowThatIsStillStarting();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
        // With listenAfterMs: the second process was still waiting when the
        // window started listening.
        bool listenedWhileRunning = false;
    };
    // Runs the executable while this test's event loop keeps the window
    // answering; with listenAfterMs, the window starts listening only then.
    Result runSecondProcess(const QStringList& args, int listenAfterMs = -1);
    void listen();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<CommandReceiver> m_receiver;
};

void TestRemoteCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_remotecommands"));
}

void TestRemoteCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("remote.sqlite"));
    m_ws = std::make_unique<Workspace>();
    QVERIFY2(m_ws->open(m_path, Workspace::Seed::Nothing), qPrintable(m_ws->errorString()));
    m_window = std::make_unique<MainWindow>(*m_ws);
    m_instance = std::make_unique<SingleInstance>(m_path);
    QVERIFY(m_instance->claim());
    // As a window does after its first paint; one test listens late.
    if (qstrcmp(QTest::currentTestFunction(), "commandWaitsForAWindowThatIsStillStarting") != 0)
        listen();
    m_receiver = std::make_unique<CommandReceiver>(*m_window, *m_ws);
    CommandReceiver* receiver = m_receiver.get();
    m_instance->setCommandHandler(
        [receiver](const RemoteCommand& command) { return receiver->run(command); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRemoteCommands::cleanup()
{
    m_receiver.reset();
    m_instance.reset();
    m_window.reset();
    m_ws.reset();
    m_dir.reset();
}

void TestRemoteCommands::listen()
{
    QString error;
    QVERIFY2(m_instance->listen(&error), qPrintable(error));
}

TestRemoteCommands::Result TestRemoteCommands::runSecondProcess(const QStringList& args,
                                                                int listenAfterMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PLANNER_EXECUTABLE),
                  QStringList{QStringLiteral("--database"), m_path} + args);
    if (!process.waitForStarted(30000))
        return {};
    // Not waitForFinished: the window must keep turning its event loop to answer.
    QDeadlineTimer deadline(60000);
    QElapsedTimer running;
    running.start();
    bool listenedWhileRunning = false;
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        if (listenAfterMs >= 0 && running.elapsed() >= listenAfterMs) {
            listenAfterMs = -1;
            listenedWhileRunning = true;
            listen();
        }
        QTest::qWait(10);
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), listenedWhileRunning};
}

void TestRemoteCommands::addProblemReachesTheWindowAndOneUndoRemovesIt()
{
    auto* table = m_window->dsaTab()->findChild<QTableView*>(QStringLiteral("problemTableView"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);
    m_window->tabs()->setCurrentWidget(m_window->timelineTab());

    const Result r = runSecondProcess(
        {QStringLiteral("--add-problem"), QStringLiteral("two sum #arrays easy 25m solved")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Added problem \"Two Sum\" (easy, solved, #arrays)\n"));
    QVERIFY(r.err.isEmpty());

    // The row is in the window's own table, the DSA tab came up and says so.
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(m_ws->problemModel().rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Two Sum"));
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->dsaTab());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Two Sum")));

    // One step on the window's stack: one Ctrl+Z takes it away.
    QCOMPARE(m_ws->undoStack().count(), 1);
    m_window->activateWindow();
    if (QTest::qWaitForWindowActive(m_window.get())) {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    } else {
        m_ws->undoStack().undo(); // what Ctrl+Z triggers, where no window can be active
    }
    QCOMPARE(m_ws->undoStack().index(), 0);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(m_ws->problemModel().rowCount(), 0);
}

void TestRemoteCommands::addApplicationAndTickReachTheWindow()
{
    m_ws->undoStack().push(RoadmapEdits::addItem(m_ws->roadmap(), 0, 0,
                                                 QStringLiteral("Routers and middleware"), {}, {}));
    m_ws->undoStack().clear();

    const Result added = runSecondProcess({QStringLiteral("--add-application"),
                                           QStringLiteral("Acme | Backend Developer | LinkedIn")});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, QStringLiteral("Added application: Acme — Backend Developer (LinkedIn)\n"));
    QCOMPARE(m_ws->applicationModel().rowCount(), 1);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->applicationsTab());

    const Result ticked = runSecondProcess({QStringLiteral("--tick"), QStringLiteral("routers")});
    QCOMPARE(ticked.exitCode, 0);
    QCOMPARE(ticked.out, QStringLiteral("Ticked \"Routers and middleware\"\n"));
    QCOMPARE(m_ws->roadmap().loadAll().first().status, RoadmapNode::Status::Done);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->timelineTab());
    QCOMPARE(m_ws->undoStack().count(), 2);
    m_ws->undoStack().undo();
    QCOMPARE(m_ws->roadmap().loadAll().first().status, RoadmapNode::Status::Todo);
}

void TestRemoteCommands::badLineIsRefusedByTheWindow()
{
    const Result r = runSecondProcess(
        {QStringLiteral("--add-application"), QStringLiteral("Acme | | LinkedIn")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("roadmap-planner: \"Acme | | LinkedIn\": the role is "
                                             "missing")),
             qPrintable(r.err));
    QCOMPARE(m_ws->applicationModel().rowCount(), 0);
    QCOMPARE(m_ws->undoStack().count(), 0);
}

void TestRemoteCommands::otherProtocolVersionIsRefused()
{
    QLocalSocket socket;
    const QString name =
        QStringLiteral("roadmap-planner-") +
        QString::fromLatin1(QCryptographicHash::hash(QFileInfo(m_path).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()
                                .left(16));
    socket.connectToServer(name);
    QTRY_COMPARE(socket.state(), QLocalSocket::ConnectedState);
    socket.write("{\"v\":2,\"command\":\"add-problem\",\"text\":\"two sum\"}\n");
    QTRY_VERIFY(socket.canReadLine());
    const std::optional<RemoteReply> reply = RemoteReply::fromMessage(socket.readLine());
    QVERIFY(reply);
    QCOMPARE(reply->code, 2);
    QVERIFY(reply->message.contains(QStringLiteral("version 1")));
    QCOMPARE(m_ws->problemModel().rowCount(), 0);
}

void TestRemoteCommands::showOpensTheQuickAddLine()
{
    m_window->tabs()->setCurrentWidget(m_window->timelineTab());
    const Result r = runSecondProcess({QStringLiteral("--show"), QStringLiteral("add-problem")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->dsaTab());
    auto* line = m_window->dsaTab()->findChild<QLineEdit*>(QStringLiteral("quickAddLineEdit"));
    QVERIFY(line);
    if (QTest::qWaitForWindowActive(m_window.get()))
        QTRY_VERIFY(line->hasFocus());

    const Result today = runSecondProcess({QStringLiteral("--show"), QStringLiteral("today")});
    QCOMPARE(today.exitCode, 0);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
}

// The window takes the file's lock at once but listens only after its first
// paint: a command sent in between waits for it, and still lands on the
// window's undo stack rather than on the file behind the window's back.
void TestRemoteCommands::commandWaitsForAWindowThatIsStillStarting()
{
    const Result r = runSecondProcess(
        {QStringLiteral("--add-problem"), QStringLiteral("valid anagram #hashing easy")}, 1500);
    QVERIFY2(r.listenedWhileRunning, "the second process ended before the window listened");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Added problem \"Valid Anagram\" (easy, todo, #hashing)\n"));
    QCOMPARE(m_ws->problemModel().rowCount(), 1);
    QCOMPARE(m_ws->undoStack().count(), 1);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->dsaTab());
}

QTEST_MAIN(TestRemoteCommands)
#include "tst_remotecommands.moc"
