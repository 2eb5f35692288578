#include "ApplicationFixtures.h"
#include "FreshWorkspace.h"
#include "core/Workspace.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DuplicateFinder.h"
#include "core/jobs/FollowUpRule.h"
#include "core/jobs/Funnel.h"
#include "core/jobs/JobSettings.h"
#include "core/jobs/StageOrder.h"
#include "core/storage/SettingsStore.h"

#include <QTest>

// Applied (and in its stage) on one day, from LinkedIn.
const auto app = &ApplicationFixtures::make;

// The pipeline's pure rules on known data: funnel, follow-ups, duplicates, stage order.
class TestApplicationRules : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void funnelOnKnownDataSet();
    void followUpsWithInjectedDate();
    void duplicateWarning();
    void stageOrderSetting();

private:
    FreshWorkspace m_ws;
};

void TestApplicationRules::init()
{
    QString error;
    QVERIFY2(m_ws.reopen(QStringLiteral("jobs.sqlite"), &error), qPrintable(error));
}

void TestApplicationRules::funnelOnKnownDataSet()
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

void TestApplicationRules::followUpsWithInjectedDate()
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

void TestApplicationRules::duplicateWarning()
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

void TestApplicationRules::stageOrderSetting()
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

QTEST_GUILESS_MAIN(TestApplicationRules)
#include "tst_applicationrules.moc"
