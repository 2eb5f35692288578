#include "core/Workspace.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/SkillEvidence.h"
#include "core/skills/SkillModel.h"
#include "core/skills/SkillStore.h"
#include "core/storage/EditStack.h"
#include "core/storage/SetSettingsCommand.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartExportDialog.h"
#include "gui/charts/ChartPanel.h"
#include "gui/skills/SkillEvidencePanel.h"
#include "gui/skills/SkillsTab.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The Skills tab driven through its real widgets.
class TestSkillsTab : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void chartPickerShowsEveryChart();
    void editLevelInTheTableIsUndoable();
    void deleteKeyRemovesAndUndoRestores();
    void evidenceLinksAndAcceptsASuggestedLevel();
    void fileMenuHasChartExport();
    void exportDialogWritesScaledPng();
    void levelColumnFitsALongLevelName();

private:
    int rowOf(const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<SkillsTab> m_tab;
};

void TestSkillsTab::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("HOME", m_dir->path().toLocal8Bit()); // QSettings of a fresh user
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->open(m_dir->filePath(QStringLiteral("tab.sqlite"))));
    m_tab = std::make_unique<SkillsTab>(*m_ws);
    m_tab->resize(1200, 800);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TestSkillsTab::cleanup()
{
    m_tab.reset();
    m_ws.reset();
}

int TestSkillsTab::rowOf(const QString& name)
{
    const SkillModel& model = m_ws->skillModel();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, SkillModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void TestSkillsTab::chartPickerShowsEveryChart()
{
    QComboBox* picker = m_tab->findChild<QComboBox*>(QStringLiteral("chartPickerComboBox"));
    QVERIFY(picker);
    QCOMPARE(picker->count(), 8);
    QVERIFY(m_tab->currentChart());
    QCOMPARE(m_tab->currentChart()->chartName(), QStringLiteral("skills-targets"));
    picker->setCurrentIndex(picker->findData(QStringLiteral("skills-radar")));
    QCOMPARE(m_tab->currentChart()->chartName(), QStringLiteral("skills-radar"));
    QVERIFY(m_tab->currentChart()->isVisible());
    QVERIFY(m_tab->currentChart()->revision() > 0); // drawn when first shown
}

void TestSkillsTab::editLevelInTheTableIsUndoable()
{
    QTableView* table = m_tab->findChild<QTableView*>(QStringLiteral("skillTableView"));
    const int row = rowOf(QStringLiteral("Docker"));
    const QModelIndex level = m_ws->skillModel().index(row, SkillModel::LevelColumn);
    table->setCurrentIndex(level);
    table->edit(level);
    auto* spin = table->findChild<QSpinBox*>(QStringLiteral("levelSpinBox"));
    QVERIFY(spin);
    QCOMPARE(spin->maximum(), 14);
    spin->setValue(7);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(level.data(SkillModel::LevelRole).toInt(), 7); // the delegate commits queued
    // Docker's month-6 target is 8: not reached yet; at 8 the summary counts it.
    auto* summary = m_tab->findChild<QLabel*>(QStringLiteral("skillsSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("0 of 8 skill")), qPrintable(summary->text()));
    QVERIFY(m_ws->skillModel().setData(level, 8));
    QVERIFY2(summary->text().contains(QStringLiteral("1 of 8 skill")), qPrintable(summary->text()));
    m_ws->undoStack().undo();
    QCOMPARE(m_ws->skills().levelHistory(level.data(SkillModel::IdRole).toLongLong()).size(), 1);
    m_ws->undoStack().undo();
    QCOMPARE(level.data(SkillModel::LevelRole).toInt(), 0);
}

void TestSkillsTab::deleteKeyRemovesAndUndoRestores()
{
    QTableView* table = m_tab->table();
    const int rows = m_ws->skillModel().rowCount();
    table->setFocus();
    table->selectRow(rowOf(QStringLiteral("AWS")));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_ws->skillModel().rowCount(), rows - 1);
    QCOMPARE(rowOf(QStringLiteral("AWS")), -1);
    m_ws->undoStack().undo();
    QCOMPARE(m_ws->skillModel().rowCount(), rows);
    QVERIFY(rowOf(QStringLiteral("AWS")) >= 0);
}

void TestSkillsTab::evidenceLinksAndAcceptsASuggestedLevel()
{
    const int row = rowOf(QStringLiteral("Docker"));
    m_tab->table()->setCurrentIndex(m_ws->skillModel().index(row, 0));
    SkillEvidencePanel* evidence = m_tab->evidence();
    QCOMPARE(evidence->skill(),
             m_ws->skillModel().index(row, 0).data(SkillModel::IdRole).toLongLong());
    QPushButton* link =
        evidence->findChild<QPushButton*>(QStringLiteral("linkMentionedPushButton"));
    QVERIFY(link->isEnabled());
    QTest::mouseClick(link, Qt::LeftButton);
    auto* list = evidence->findChild<QListWidget*>(QStringLiteral("evidenceListWidget"));
    QVERIFY(list->count() > 0);
    QVERIFY(!link->isEnabled()); // nothing left to link

    // Tick one linked item: the suggestion moves and can be accepted.
    const SkillEvidence::Entry e = m_ws->skillEvidence().forSkill(evidence->skill());
    for (const SkillEvidence::Item& item : e.linked) {
        if (!item.done) {
            QVERIFY(m_ws->roadmap().setStatus(item.id, RoadmapNode::Status::Done));
            break;
        }
    }
    const int suggested = m_ws->skillEvidence().forSkill(evidence->skill()).suggestedLevel;
    QVERIFY(suggested > 0);
    QPushButton* accept =
        evidence->findChild<QPushButton*>(QStringLiteral("acceptLevelPushButton"));
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(
        m_ws->skillModel().index(row, SkillModel::LevelColumn).data(SkillModel::LevelRole).toInt(),
        suggested);
    QVERIFY(!accept->isEnabled());
    m_ws->undoStack().undo(); // the level
    m_ws->undoStack().undo(); // the links
    QCOMPARE(list->count(), 0);
}

void TestSkillsTab::fileMenuHasChartExport()
{
    MainWindow window(*m_ws);
    auto* exportChart = window.findChild<QAction*>(QStringLiteral("exportChartAction"));
    QVERIFY(exportChart);
    QVERIFY(exportChart->isEnabled());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("exportReportAction")));
}

void TestSkillsTab::exportDialogWritesScaledPng()
{
    ChartExportDialog dialog(*m_ws, QStringLiteral("skills-radar"));
    auto* chart = dialog.findChild<QComboBox*>(QStringLiteral("chartComboBox"));
    QCOMPARE(chart->currentData().toString(), QStringLiteral("skills-radar"));
    dialog.findChild<QSpinBox*>(QStringLiteral("widthSpinBox"))->setValue(640);
    dialog.findChild<QSpinBox*>(QStringLiteral("heightSpinBox"))->setValue(400);
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("scaleSpinBox"))->setValue(2.0);
    const QString path = m_dir->filePath(QStringLiteral("radar.png"));
    dialog.findChild<QLineEdit*>(QStringLiteral("fileLineEdit"))->setText(path);
    dialog.show();
    const QByteArray dump = qgetenv("PLANNER_TEST_DUMP");
    if (!dump.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(dump) + QStringLiteral("/export-dialog.png"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QImage(path).size(), QSize(1280, 800));
}

// The Now column is as wide as its bars and the names beside them: the plan's
// names keep one width, and a longer name the user gives a band widens it
// rather than being cut.
void TestSkillsTab::levelColumnFitsALongLevelName()
{
    QTableView* table = m_tab->findChild<QTableView*>(QStringLiteral("skillTableView"));
    QVERIFY(table);
    QHeaderView* header = table->horizontalHeader();
    const QFontMetrics fm(table->font());
    QTRY_VERIFY(header->sectionSize(SkillModel::LevelColumn) >
                fm.horizontalAdvance(QStringLiteral("Intermediate")));
    const int usual = header->sectionSize(SkillModel::LevelColumn);

    const QString longName = QStringLiteral("Just starting out, reading the first chapters");
    // A skill at 3 of 14 shows the first band's name.
    QVERIFY(m_ws->skills().setLevel(m_ws->skills().loadSkills().first().id, 3));
    QTRY_COMPARE(header->sectionSize(SkillModel::LevelColumn), usual);
    m_ws->undoStack().push(new SetSettingsCommand(
        m_ws->settings(),
        {{SkillLevelScale::SettingKey,
          QStringLiteral("6=%1;9=Intermediate;11=Advanced;14=Expert").arg(longName)}},
        QStringLiteral("Rename skill levels")));
    QTRY_VERIFY(header->sectionSize(SkillModel::LevelColumn) >
                usual + fm.horizontalAdvance(longName) -
                    fm.horizontalAdvance(QStringLiteral("Intermediate")) - 4);

    m_ws->undoStack().undo();
    QTRY_COMPARE(header->sectionSize(SkillModel::LevelColumn), usual);
}

QTEST_MAIN(TestSkillsTab)
#include "tst_skillstab.moc"
