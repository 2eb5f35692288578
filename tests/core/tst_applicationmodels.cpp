#include "ApplicationFixtures.h"
#include "FreshWorkspace.h"
#include "core/Workspace.h"
#include "core/jobs/ApplicationFilterProxy.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DeleteApplicationsCommand.h"
#include "core/jobs/JobSettings.h"
#include "core/jobs/MoveStageCommand.h"
#include "core/jobs/SalaryBand.h"
#include "core/jobs/StageColumnProxy.h"
#include "core/jobs/StageRowKeys.h"
#include "core/storage/EditStack.h"
#include "core/storage/SettingsStore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <memory>

// Applied (and in its stage) on one day, from LinkedIn.
const auto app = &ApplicationFixtures::make;

// The item models over the applications: the table, its filter, the board columns, salary verdicts.
namespace {
// One board column as ApplicationBoard builds it: the filter proxy, the keys
// shared by the columns (made before their proxies), the column.
struct BoardColumn
{
    BoardColumn(ApplicationModel& model, const QString& stage)
        : column(stage)
    {
        filter.setSourceModel(&model);
        keys = std::make_unique<StageRowKeys>(&filter);
        column.setRowKeys(keys.get());
        column.setSourceModel(&filter);
    }
    ApplicationFilterProxy filter;
    std::unique_ptr<StageRowKeys> keys;
    StageColumnProxy column;
};
} // namespace

class TestApplicationModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void modelsPassTheTester();
    void filterProxyMatchesWordsAndFilters();
    void dropOnStageColumnAsksForMove();
    void stageColumnKeepsTheHeldCardByIdentity();
    void salaryBands();

private:
    FreshWorkspace m_ws;
};

void TestApplicationModels::init()
{
    QString error;
    QVERIFY2(m_ws.reopen(QStringLiteral("jobs.sqlite"), &error), qPrintable(error));
}

void TestApplicationModels::modelsPassTheTester()
{
    ApplicationModel& model = m_ws->applicationModel();
    BoardColumn board(model, QStringLiteral("applied"));
    ApplicationFilterProxy& filter = board.filter;
    StageColumnProxy& keyed = board.column;
    // A column with keys of its own must list the same.
    StageColumnProxy column(QStringLiteral("applied"));
    column.setSourceModel(&filter);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&column, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&keyed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Same rows in the same order either way.
    const auto ids = [](const QAbstractItemModel& m) {
        QVector<qint64> out;
        for (int row = 0; row < m.rowCount(); ++row)
            out.append(m.index(row, 0).data(ApplicationModel::IdRole).toLongLong());
        return out;
    };

    ApplicationStore& store = m_ws->applications();
    const qint64 a = store.add(app(QStringLiteral("A"), QStringLiteral("Dev"),
                                   QStringLiteral("applied"), QDate(2026, 1, 5)));
    const qint64 b = store.add(
        app(QStringLiteral("B"), QStringLiteral("Dev"), QStringLiteral("wishlist"), QDate()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(column.rowCount(), 1);
    QCOMPARE(ids(keyed), ids(column));
    m_ws->undoStack().push(
        new MoveStageCommand(store, {b}, QStringLiteral("applied"), QDate(2026, 1, 6)));
    QCOMPARE(column.rowCount(), 2);
    // b entered the stage last, so it leads the column.
    QCOMPARE(ids(keyed), (QVector<qint64>{b, a}));
    QCOMPARE(ids(keyed), ids(column));
    m_ws->undoStack().undo(); // an edit of one row: back out of the column
    QCOMPARE(ids(keyed), QVector<qint64>{a});
    m_ws->undoStack().redo();
    QCOMPARE(ids(keyed), (QVector<qint64>{b, a}));
    filter.setSearchText(QStringLiteral("a dev"));
    QCOMPARE(column.rowCount(), 1);
    QCOMPARE(ids(keyed), ids(column));
    filter.setSearchText(QString());
    QCOMPARE(ids(keyed), ids(column));
    m_ws->undoStack().push(new DeleteApplicationsCommand(store, {a}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(b), 0);
    QCOMPARE(ids(keyed), QVector<qint64>{b});
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

void TestApplicationModels::filterProxyMatchesWordsAndFilters()
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

void TestApplicationModels::dropOnStageColumnAsksForMove()
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

void TestApplicationModels::stageColumnKeepsTheHeldCardByIdentity()
{
    ApplicationStore& store = m_ws->applications();
    ApplicationModel& model = m_ws->applicationModel();
    BoardColumn board(model, QStringLiteral("applied"));
    ApplicationFilterProxy& filter = board.filter;
    StageColumnProxy& column = board.column;
    QAbstractItemModelTester tester(&column,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 held = store.add(app(QStringLiteral("Held"), QStringLiteral("Dev"),
                                      QStringLiteral("applied"), QDate(2026, 1, 5)));
    const int row = column.rowCount() - 1;
    QCOMPARE(column.index(row, 0).data(ApplicationModel::IdRole).toLongLong(), held);
    const QPersistentModelIndex card(column.index(row, 0)); // as a view's selection holds it
    QSignalSpy layouts(&column, &QAbstractItemModel::layoutChanged);
    QSignalSpy edits(&column, &QAbstractItemModel::dataChanged);

    // A newer card in the stage goes above; the held one stays held.
    const qint64 newer = store.add(app(QStringLiteral("Newer"), QStringLiteral("Dev"),
                                       QStringLiteral("applied"), QDate(2026, 12, 1)));
    QCOMPARE(column.index(0, 0).data(ApplicationModel::IdRole).toLongLong(), newer);
    QVERIFY(card.isValid());
    QCOMPARE(card.data(ApplicationModel::IdRole).toLongLong(), held);
    QCOMPARE(column.mapToSource(card).data(ApplicationModel::IdRole).toLongLong(), held);

    // An edit that moves nothing repaints its card without a layout change.
    const int layoutsBefore = int(layouts.count());
    ApplicationRecord record = store.loadRecord(held);
    record.application.role = QStringLiteral("Backend Developer");
    QVERIFY(store.update(record));
    QCOMPARE(layouts.count(), layoutsBefore);
    QVERIFY(edits.count() > 0);
    QCOMPARE(card.data(ApplicationModel::IdRole).toLongLong(), held);

    // Moved to another stage, it leaves the column and the held index goes.
    m_ws->undoStack().push(
        new MoveStageCommand(store, {held}, QStringLiteral("offer"), QDate(2026, 12, 2)));
    QVERIFY(!card.isValid());
    QCOMPARE(column.mapFromSource(filter.index(model.rowOf(held), 0)), QModelIndex());
    m_ws->undoStack().undo();
    QCOMPARE(column.index(column.rowCount() - 1, 0).data(ApplicationModel::IdRole).toLongLong(),
             held);
}

void TestApplicationModels::salaryBands()
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

QTEST_GUILESS_MAIN(TestApplicationModels)
#include "tst_applicationmodels.moc"
