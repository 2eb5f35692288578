#include "ApplicationFixtures.h"
#include "FreshWorkspace.h"
#include "core/Workspace.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DeleteApplicationsCommand.h"
#include "core/jobs/EditApplicationsCommand.h"
#include "core/jobs/JobSettings.h"
#include "core/jobs/MoveStageCommand.h"
#include "core/storage/EditStack.h"
#include "core/storage/SetSettingsCommand.h"
#include "core/storage/SettingsStore.h"

#include <QTest>

// Applied (and in its stage) on one day, from LinkedIn.
const auto app = &ApplicationFixtures::make;

// The undo commands of the job pipeline and of its settings: each undo restores what was there.
class TestApplicationCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void moveStageRecordsHistoryAndUndoRestores();
    void deleteUndoRestoresEverythingUnderSameId();
    void addUndoRedoKeepsTheId();
    void bulkEditIsOneUndoStep();
    void settingsCommandUndoes();
    void settingsCommandUndoRemovesAKeyItAdded();

private:
    FreshWorkspace m_ws;
};

void TestApplicationCommands::init()
{
    QString error;
    QVERIFY2(m_ws.reopen(QStringLiteral("jobs.sqlite"), &error), qPrintable(error));
}

void TestApplicationCommands::moveStageRecordsHistoryAndUndoRestores()
{
    ApplicationStore& store = m_ws->applications();
    const qint64 id = store.add(app(QStringLiteral("Zoho"), QStringLiteral("SDE"),
                                    QStringLiteral("applied"), QDate(2026, 3, 1)));
    QVERIFY(id > 0);
    m_ws->undoStack().push(
        new MoveStageCommand(store, {id}, QStringLiteral("screening"), QDate(2026, 3, 4)));
    Application a;
    QVERIFY(store.load(id, &a));
    QCOMPARE(a.stage, QStringLiteral("screening"));
    QCOMPARE(a.stageSince, QDate(2026, 3, 4));
    QVector<StageEvent> h = store.history(id);
    QCOMPARE(h.size(), 2);
    QCOMPARE(h[1].fromStage, QStringLiteral("applied"));
    QCOMPARE(h[1].toStage, QStringLiteral("screening"));
    QCOMPARE(h[1].changedOn, QDate(2026, 3, 4));

    // Moving to the stage it is already in leaves no undo step.
    const int steps = m_ws->undoStack().count();
    m_ws->undoStack().push(
        new MoveStageCommand(store, {id}, QStringLiteral("screening"), QDate(2026, 3, 5)));
    QCOMPARE(m_ws->undoStack().count(), steps);

    m_ws->undoStack().undo();
    QVERIFY(store.load(id, &a));
    QCOMPARE(a.stage, QStringLiteral("applied"));
    QCOMPARE(a.stageSince, QDate(2026, 3, 1));
    QCOMPARE(store.history(id).size(), 1);
    m_ws->undoStack().redo();
    QCOMPARE(store.history(id).size(), 2);
}

void TestApplicationCommands::deleteUndoRestoresEverythingUnderSameId()
{
    ApplicationStore& store = m_ws->applications();
    ApplicationRecord r;
    r.application = app(QStringLiteral("Swiggy"), QStringLiteral("SDE 1"),
                        QStringLiteral("applied"), QDate(2026, 2, 1));
    r.contacts = {{QStringLiteral("Ravi"), QString(), QString(), QString()}};
    r.rounds = {InterviewRound()};
    QVector<qint64> ids;
    QVERIFY(store.addMany({r}, false, &ids));
    const qint64 id = ids[0];
    m_ws->undoStack().push(
        new MoveStageCommand(store, {id}, QStringLiteral("interviewing"), QDate(2026, 2, 10)));
    const ApplicationRecord before = store.loadRecord(id);

    m_ws->undoStack().push(new DeleteApplicationsCommand(store, {id}));
    QCOMPARE(store.total(), 0);
    QCOMPARE(m_ws->applicationModel().rowCount(), 0);
    m_ws->undoStack().undo();
    const ApplicationRecord after = store.loadRecord(id);
    QCOMPARE(after.application.company, QStringLiteral("Swiggy"));
    QCOMPARE(after.application.stage, QStringLiteral("interviewing"));
    QCOMPARE(after.contacts, before.contacts);
    QCOMPARE(after.rounds, before.rounds);
    QCOMPARE(after.history.size(), 2);
    QCOMPARE(after.history[1].id, before.history[1].id);
    // The move before the delete still undoes: its event and id are back.
    m_ws->undoStack().undo();
    QCOMPARE(store.history(id).size(), 1);
}

void TestApplicationCommands::addUndoRedoKeepsTheId()
{
    ApplicationStore& store = m_ws->applications();
    auto* add = new AddApplicationCommand(store, app(QStringLiteral("Acme"), QStringLiteral("Dev"),
                                                     QStringLiteral("applied"), QDate(2026, 1, 5)));
    m_ws->undoStack().push(add);
    const qint64 id = add->applicationId();
    m_ws->undoStack().push(
        new MoveStageCommand(store, {id}, QStringLiteral("offer"), QDate(2026, 1, 20)));
    m_ws->undoStack().undo();
    m_ws->undoStack().undo();
    QCOMPARE(store.total(), 0);
    m_ws->undoStack().redo();
    m_ws->undoStack().redo();
    Application a;
    QVERIFY(store.load(id, &a));
    QCOMPARE(a.stage, QStringLiteral("offer"));
}

void TestApplicationCommands::bulkEditIsOneUndoStep()
{
    ApplicationStore& store = m_ws->applications();
    QVector<ApplicationRecord> before;
    for (int i = 0; i < 3; ++i) {
        const qint64 id = store.add(app(QStringLiteral("C%1").arg(i), QStringLiteral("Dev"),
                                        QStringLiteral("applied"), QDate(2026, 1, 5)));
        before.append(store.loadRecord(id));
    }
    QVector<ApplicationRecord> after = before;
    for (ApplicationRecord& r : after)
        r.application.companyType = QStringLiteral("startup");
    m_ws->undoStack().push(
        new EditApplicationsCommand(store, before, after, QStringLiteral("Set type")));
    for (const ApplicationRecord& r : before)
        QCOMPARE(store.loadRecord(r.application.id).application.companyType,
                 QStringLiteral("startup"));
    m_ws->undoStack().undo();
    for (const ApplicationRecord& r : before)
        QCOMPARE(store.loadRecord(r.application.id).application.companyType,
                 QStringLiteral("other"));
}

void TestApplicationCommands::settingsCommandUndoes()
{
    SettingsStore& s = m_ws->settings();
    m_ws->undoStack().push(new SetSettingsCommand(
        s, {{JobSettings::SourcesKey, QStringLiteral("LinkedIn\nNaukri\nnaukri\n")}},
        QStringLiteral("Sources")));
    QCOMPARE(JobSettings::sources(s),
             (QStringList{QStringLiteral("LinkedIn"), QStringLiteral("Naukri")}));
    m_ws->undoStack().undo();
    QCOMPARE(JobSettings::sources(s), JobSettings::defaultSources());
}

void TestApplicationCommands::settingsCommandUndoRemovesAKeyItAdded()
{
    SettingsStore& s = m_ws->settings();
    const QString key = QStringLiteral("test.fresh.key");
    QVERIFY(!s.contains(key));
    QVERIFY(s.setValue(JobSettings::SourcesKey, QStringLiteral("LinkedIn")));
    m_ws->undoStack().push(new SetSettingsCommand(
        s, {{key, QStringLiteral("1")}, {JobSettings::SourcesKey, QStringLiteral("Naukri")}},
        QStringLiteral("Two keys")));
    QCOMPARE(s.value(key), QStringLiteral("1"));
    m_ws->undoStack().undo();
    // The new key goes again, the one that was there gets its old value back.
    QVERIFY(!s.contains(key));
    QCOMPARE(s.value(JobSettings::SourcesKey), QStringLiteral("LinkedIn"));
    m_ws->undoStack().redo();
    QCOMPARE(s.value(key), QStringLiteral("1"));
    QCOMPARE(s.value(JobSettings::SourcesKey), QStringLiteral("Naukri"));
}

QTEST_GUILESS_MAIN(TestApplicationCommands)
#include "tst_applicationcommands.moc"
