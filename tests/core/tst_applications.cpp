#include "ApplicationFixtures.h"
#include "core/Workspace.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationFilterProxy.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DailyGoal.h"
#include "core/jobs/DeleteApplicationsCommand.h"
#include "core/jobs/DuplicateFinder.h"
#include "core/jobs/EditApplicationsCommand.h"
#include "core/jobs/FollowUpRule.h"
#include "core/jobs/Funnel.h"
#include "core/jobs/JobSettings.h"
#include "core/jobs/MoveStageCommand.h"
#include "core/jobs/SalaryBand.h"
#include "core/jobs/StageColumnProxy.h"
#include "core/jobs/StageOrder.h"
#include "core/storage/SetSettingsCommand.h"
#include "core/storage/SettingsStore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The job pipeline's store, undo commands, models and pure logic.
class TestApplications : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void recordRoundTrip();
    void moveStageRecordsHistoryAndUndoRestores();
    void deleteUndoRestoresEverythingUnderSameId();
    void addUndoRedoKeepsTheId();
    void bulkEditIsOneUndoStep();
    void modelsPassTheTester();
    void filterProxyMatchesWordsAndFilters();
    void dropOnStageColumnAsksForMove();
    void funnelOnKnownDataSet();
    void followUpsWithInjectedDate();
    void duplicateWarning();
    void dailyCountsForLastWeeks();
    void salaryBands();
    void stageOrderSetting();
    void settingsCommandUndoes();

private:
    Application app(const QString& company, const QString& role, const QString& stage,
                    const QDate& applied) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestApplications::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<Workspace>();
    QVERIFY2(m_ws->open(m_dir->filePath(QStringLiteral("jobs.sqlite"))),
             qPrintable(m_ws->errorString()));
}

Application TestApplications::app(const QString& company, const QString& role, const QString& stage,
                                  const QDate& applied) const
{
    return ApplicationFixtures::make(company, role, stage, applied);
}

void TestApplications::recordRoundTrip()
{
    ApplicationRecord r;
    r.application = app(QStringLiteral("Razorpay"), QStringLiteral("Backend Developer"),
                        QStringLiteral("interviewing"), QDate(2026, 3, 2));
    r.application.companyType = QStringLiteral("product");
    r.application.remote = true;
    r.application.link = QStringLiteral("https://example.com/job/1");
    r.application.description = QStringLiteral("Python, Django");
    r.application.skillsAsked = QStringLiteral("Python, SQL");
    r.application.salaryAdvertised = 10;
    r.application.salaryExpected = 12.5;
    r.application.salaryOffered = 11;
    r.application.followUpOn = QDate(2026, 3, 9);
    r.contacts = {{QStringLiteral("Asha"), QStringLiteral("Recruiter"),
                   QStringLiteral("asha@example.com"), QStringLiteral("+91 99999")}};
    InterviewRound round;
    round.kind = QStringLiteral("system_design");
    round.date = QDate(2026, 3, 5);
    round.outcome = QStringLiteral("failed");
    round.weakTopics = QStringLiteral("caching, queues");
    // A second round with a time of day: the time survives the round trip.
    InterviewRound timed = round;
    timed.kind = QStringLiteral("hr");
    timed.time = QTime(16, 45);
    r.rounds = {round, timed};
    QVector<qint64> ids;
    QVERIFY(m_ws->applications().addMany({r}, false, &ids));
    QCOMPARE(ids.size(), 1);
    const ApplicationRecord back = m_ws->applications().loadRecord(ids[0]);
    QCOMPARE(back.application.company, r.application.company);
    QCOMPARE(back.application.companyType, QStringLiteral("product"));
    QVERIFY(back.application.remote);
    QCOMPARE(back.application.salaryExpected, 12.5);
    QCOMPARE(back.application.salaryOffered, 11.0);
    QCOMPARE(back.application.followUpOn, QDate(2026, 3, 9));
    QCOMPARE(back.contacts, r.contacts);
    QCOMPARE(back.rounds, r.rounds);
    QCOMPARE(back.history.size(), 1);
    QCOMPARE(back.history[0].toStage, QStringLiteral("interviewing"));
    QCOMPARE(back.history[0].changedOn, QDate(2026, 3, 2));
}

void TestApplications::moveStageRecordsHistoryAndUndoRestores()
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

void TestApplications::deleteUndoRestoresEverythingUnderSameId()
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

void TestApplications::addUndoRedoKeepsTheId()
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

void TestApplications::bulkEditIsOneUndoStep()
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

void TestApplications::modelsPassTheTester()
{
    ApplicationModel& model = m_ws->applicationModel();
    ApplicationFilterProxy filter;
    filter.setSourceModel(&model);
    StageColumnProxy column(QStringLiteral("applied"));
    column.setSourceModel(&filter);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&column, QAbstractItemModelTester::FailureReportingMode::QtTest);

    ApplicationStore& store = m_ws->applications();
    const qint64 a = store.add(app(QStringLiteral("A"), QStringLiteral("Dev"),
                                   QStringLiteral("applied"), QDate(2026, 1, 5)));
    const qint64 b = store.add(
        app(QStringLiteral("B"), QStringLiteral("Dev"), QStringLiteral("wishlist"), QDate()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(column.rowCount(), 1);
    m_ws->undoStack().push(
        new MoveStageCommand(store, {b}, QStringLiteral("applied"), QDate(2026, 1, 6)));
    QCOMPARE(column.rowCount(), 2);
    filter.setSearchText(QStringLiteral("a dev"));
    QCOMPARE(column.rowCount(), 1);
    filter.setSearchText(QString());
    m_ws->undoStack().push(new DeleteApplicationsCommand(store, {a}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(b), 0);
    m_ws->undoStack().undo();
    QCOMPARE(model.rowCount(), 2);
    // A bulk change big enough to reset the model.
    QVector<ApplicationRecord> many(100);
    for (int i = 0; i < many.size(); ++i)
        many[i].application = app(QStringLiteral("Bulk %1").arg(i), QStringLiteral("Dev"),
                                  QStringLiteral("applied"), QDate(2026, 1, 7));
    QVERIFY(store.addMany(many));
    QCOMPARE(model.rowCount(), 102);
    QCOMPARE(column.rowCount(), 102);
    QCOMPARE(model.columnCount(), int(ApplicationModel::ColumnCount));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestApplications::filterProxyMatchesWordsAndFilters()
{
    ApplicationStore& store = m_ws->applications();
    Application a = app(QStringLiteral("Razorpay"), QStringLiteral("Backend Developer"),
                        QStringLiteral("applied"), QDate(2026, 1, 5));
    a.companyType = QStringLiteral("product");
    store.add(a);
    Application b = app(QStringLiteral("Infosys"), QStringLiteral("Backend Engineer"),
                        QStringLiteral("offer"), QDate(2026, 1, 5));
    b.companyType = QStringLiteral("service");
    b.source = QStringLiteral("Naukri");
    store.add(b);
    ApplicationFilterProxy filter;
    filter.setSourceModel(&m_ws->applicationModel());
    filter.setSearchText(QStringLiteral("BACKEND razor"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QStringLiteral("backend"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setCompanyType(QStringLiteral("service"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setCompanyType(QString());
    filter.setSource(QStringLiteral("linkedin"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSource(QString());
    filter.setStage(QStringLiteral("offer"));
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Infosys"));
}

void TestApplications::dropOnStageColumnAsksForMove()
{
    ApplicationStore& store = m_ws->applications();
    const qint64 id = store.add(app(QStringLiteral("A"), QStringLiteral("Dev"),
                                    QStringLiteral("applied"), QDate(2026, 1, 5)));
    ApplicationModel& model = m_ws->applicationModel();
    StageColumnProxy offer(QStringLiteral("offer"));
    offer.setSourceModel(&model);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0)}));
    QVERIFY(offer.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(offer.flags({}).testFlag(Qt::ItemIsDropEnabled));
    QSignalSpy spy(&offer, &StageColumnProxy::droppedIntoStage);
    offer.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<QVector<qint64>>(), QVector<qint64>{id});
    QCOMPARE(spy[0][1].toString(), QStringLiteral("offer"));
    QMimeData other;
    other.setText(QStringLiteral("hello"));
    QVERIFY(!offer.canDropMimeData(&other, Qt::MoveAction, -1, -1, {}));
}

void TestApplications::funnelOnKnownDataSet()
{
    // Ten applications: 10 applied, 6 screened, 3 interviewed, 2 offers, 1 accepted.
    QVector<Application> apps;
    QVector<StageEvent> history;
    const QDate d0(2026, 1, 1);
    const QStringList path = {QStringLiteral("applied"), QStringLiteral("screening"),
                              QStringLiteral("interviewing"), QStringLiteral("offer"),
                              QStringLiteral("accepted")};
    const int furthest[10] = {0, 0, 0, 0, 1, 1, 1, 2, 3, 4};
    for (int i = 0; i < 10; ++i) {
        Application a;
        a.id = i + 1;
        a.source = i < 5 ? QStringLiteral("LinkedIn") : QStringLiteral("Referral");
        a.companyType = i % 2 ? QStringLiteral("product") : QStringLiteral("service");
        QString from;
        for (int s = 0; s <= furthest[i]; ++s) {
            history.append({0, a.id, from, path[s], d0.addDays(s * (i + 1))});
            from = path[s];
        }
        a.stage = path[furthest[i]];
        if (i < 2) { // two applied ones were rejected later
            history.append({0, a.id, from, QStringLiteral("rejected"), d0.addDays(20)});
            a.stage = QStringLiteral("rejected");
        }
        apps.append(a);
    }
    const Funnel::Result r =
        Funnel::compute(apps, history, Application::stageKeys(), QDate(2026, 2, 1));
    QCOMPARE(r.steps.size(), 6); // wishlist..accepted, closing stages left out
    QCOMPARE(r.steps[0].stage, QStringLiteral("wishlist"));
    QCOMPARE(r.steps[1].reached, 10);
    QCOMPARE(r.steps[2].reached, 6);
    QCOMPARE(r.steps[3].reached, 3);
    QCOMPARE(r.steps[4].reached, 2);
    QCOMPARE(r.steps[5].reached, 1);
    QCOMPARE(r.steps[2].conversion, 0.6);
    QCOMPARE(r.steps[3].conversion, 0.5);
    QCOMPARE(r.closedIn.value(QStringLiteral("rejected")), 2);
    // LinkedIn: apps 1-5 → 5 applied, 1 screened (i = 4).
    QCOMPARE(r.bySource[QStringLiteral("LinkedIn")][1].reached, 5);
    QCOMPARE(r.bySource[QStringLiteral("LinkedIn")][2].reached, 1);
    QCOMPARE(r.bySource[QStringLiteral("Referral")][2].reached, 5);
    QCOMPARE(r.byCompanyType[QStringLiteral("product")][1].reached, 5);
    // Days in "offer": app 10 (i = 9) went there on 01-31 and on to accepted 10
    // days later; app 9 (i = 8) is still there since 01-28 → 4 days to 02-01.
    // Median of {10, 4} = 7.
    QCOMPARE(r.medianDays.value(QStringLiteral("offer")), 7.0);
    // Days in "screening": i = 4..9 stayed (i+1) days each, i = 4,5,6 until
    // today → medians over {26, 25, 24, 8, 9, 10} = (10 + 24) / 2.
    QCOMPARE(r.medianDays.value(QStringLiteral("screening")), 17.0);
}

void TestApplications::followUpsWithInjectedDate()
{
    const FollowUpRule rule(7);
    Application a = app(QStringLiteral("A"), QStringLiteral("Dev"), QStringLiteral("applied"),
                        QDate(2026, 3, 1));
    QCOMPARE(rule.dueDate(a), QDate(2026, 3, 8));
    QVERIFY(!rule.isOverdue(a, QDate(2026, 3, 8)));
    QVERIFY(rule.isOverdue(a, QDate(2026, 3, 9)));
    Application set = a;
    set.followUpOn = QDate(2026, 3, 3);
    QCOMPARE(rule.dueDate(set), QDate(2026, 3, 3));
    Application rejected = a;
    rejected.stage = QStringLiteral("rejected");
    QVERIFY(!rule.dueDate(rejected).isValid());
    Application interviewing = a;
    interviewing.stage = QStringLiteral("interviewing");
    QVERIFY(!rule.dueDate(interviewing).isValid()); // they replied
    const QVector<Application> overdue =
        rule.overdue({a, set, rejected, interviewing}, QDate(2026, 3, 10));
    QCOMPARE(overdue.size(), 2);
    QCOMPARE(overdue[0].followUpOn, QDate(2026, 3, 3)); // longest overdue first

    // The model uses the rule from the settings and the injected date.
    m_ws->settings().setValue(JobSettings::FollowUpDaysKey, QStringLiteral("3"));
    m_ws->applications().add(a);
    ApplicationModel& model = m_ws->applicationModel();
    model.setToday([] { return QDate(2026, 3, 5); });
    const QModelIndex i = model.index(0, ApplicationModel::FollowUpColumn);
    QCOMPARE(i.data(ApplicationModel::FollowUpDueRole).toDate(), QDate(2026, 3, 4));
    QVERIFY(i.data(ApplicationModel::FollowUpOverdueRole).toBool());
    QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 day")));
}

void TestApplications::duplicateWarning()
{
    const QDate today(2026, 3, 10);
    QVector<Application> apps;
    Application old = app(QStringLiteral("Razorpay Software Pvt. Ltd."),
                          QStringLiteral("Backend Developer (Python)"), QStringLiteral("applied"),
                          QDate(2026, 3, 1));
    old.id = 1;
    apps.append(old);
    Application ancient = old;
    ancient.id = 2;
    ancient.company = QStringLiteral("Zoho");
    ancient.appliedOn = QDate(2025, 1, 1);
    apps.append(ancient);
    QCOMPARE(DuplicateFinder::findRecent(apps, QStringLiteral("  razorpay software "),
                                         QStringLiteral("backend developer python"), today, 90)
                 .id,
             1);
    QCOMPARE(DuplicateFinder::findRecent(apps, QStringLiteral("Razorpay"),
                                         QStringLiteral("Frontend Developer"), today, 90)
                 .id,
             0);
    QCOMPARE(DuplicateFinder::findRecent(apps, QStringLiteral("Zoho"),
                                         QStringLiteral("Backend Developer (Python)"), today, 90)
                 .id,
             0); // too long ago to count
    QCOMPARE(DuplicateFinder::normalizeCompany(QStringLiteral("Infosys Ltd")),
             QStringLiteral("infosys"));
}

void TestApplications::dailyCountsForLastWeeks()
{
    ApplicationStore& store = m_ws->applications();
    const QDate today(2026, 3, 14);
    for (int i = 0; i < 16; ++i)
        store.add(app(QStringLiteral("T%1").arg(i), QStringLiteral("Dev"),
                      QStringLiteral("applied"), today));
    for (int i = 0; i < 3; ++i)
        store.add(app(QStringLiteral("Y%1").arg(i), QStringLiteral("Dev"),
                      QStringLiteral("applied"), today.addDays(-1)));
    store.add(app(QStringLiteral("Old"), QStringLiteral("Dev"), QStringLiteral("applied"),
                  today.addDays(-30)));
    const QVector<DailyGoal::Day> days =
        DailyGoal::lastWeeks(store.countsAppliedBetween(today.addDays(-13), today), today, 2);
    QCOMPARE(days.size(), 14);
    QCOMPARE(days.first().date, today.addDays(-13));
    QCOMPARE(days.last().date, today);
    QCOMPARE(days.last().count, 16);
    QCOMPARE(days[12].count, 3);
    QCOMPARE(days[0].count, 0);
    const DailyGoal goal(15, 20);
    QCOMPARE(goal.status(16), DailyGoal::Met);
    QCOMPARE(goal.status(3), DailyGoal::Below);
    QCOMPARE(goal.status(21), DailyGoal::Above);
    QCOMPARE(goal.daysMet(days), 1);
    QCOMPARE(goal.streak(days), 1);
}

void TestApplications::salaryBands()
{
    QCOMPARE(JobSettings::band(m_ws->settings(), QStringLiteral("startup")).low, 6.0);
    QCOMPARE(JobSettings::band(m_ws->settings(), QStringLiteral("product")).high, 18.0);
    const SalaryBand service = JobSettings::band(m_ws->settings(), QStringLiteral("service"));
    QCOMPARE(service.verdict(3.5), SalaryBand::Below);
    QCOMPARE(service.verdict(7), SalaryBand::Within);
    QCOMPARE(service.verdict(7.5), SalaryBand::Above);
    QCOMPARE(service.verdict(0), SalaryBand::Unknown);
    m_ws->settings().setValue(JobSettings::bandKey(QStringLiteral("service")),
                              QStringLiteral("5 to 9 LPA"));
    QCOMPARE(JobSettings::band(m_ws->settings(), QStringLiteral("service")).high, 9.0);
    // The model shows an offer against its company type's band.
    Application offer = app(QStringLiteral("Infosys"), QStringLiteral("SE"),
                            QStringLiteral("offer"), QDate(2026, 3, 1));
    offer.companyType = QStringLiteral("service");
    offer.salaryOffered = 10;
    m_ws->applications().add(offer);
    const QModelIndex i = m_ws->applicationModel().index(0, 0);
    QCOMPARE(i.data(ApplicationModel::SalaryVerdictRole).toInt(), int(SalaryBand::Above));
    QVERIFY(i.data(ApplicationModel::SalaryTextRole).toString().contains(QStringLiteral("above")));
    m_ws->settings().setValue(JobSettings::bandKey(QStringLiteral("service")),
                              QStringLiteral("9-12"));
    QCOMPARE(i.data(ApplicationModel::SalaryVerdictRole).toInt(), int(SalaryBand::Within));
    QCOMPARE(SalaryBand::parse(QStringLiteral("12-6"), SalaryBand{1, 2}).low, 1.0); // reversed
    QCOMPARE(SalaryBand::parse(QStringLiteral("lots"), SalaryBand{1, 2}).high, 2.0);
}

void TestApplications::stageOrderSetting()
{
    const QStringList order =
        StageOrder::fromSetting(QStringLiteral("applied, wishlist,bogus,applied"));
    QCOMPARE(order.size(), Application::stageKeys().size());
    QCOMPARE(order[0], QStringLiteral("applied"));
    QCOMPARE(order[1], QStringLiteral("wishlist"));
    QCOMPARE(order[2], QStringLiteral("screening"));
    m_ws->settings().setValue(StageOrder::SettingKey, StageOrder::toSetting(order));
    QCOMPARE(StageOrder::load(m_ws->settings()), order);
}

void TestApplications::settingsCommandUndoes()
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

QTEST_GUILESS_MAIN(TestApplications)
#include "tst_applications.moc"
