// Nothing a user reads is cut off on the most common laptop screen: the main
// window at 1366x768 on the built-in plan with a realistic year of use (the
// benchmark's "plan" profile), every tab and side tab visited, in English and
// in Hindi. Qt clips a label or a header that is too small rather than
// eliding it, so each is measured against the room it got.
#include "BenchData.h"
#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/storage/Database.h"
#include "gui/MainWindow.h"
#include "gui/jobs/ApplicationCardDelegate.h"

#include <QAbstractAxis>
#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestNoElision : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void englishFitsAt1366();
    void hindiFitsAt1366();

private:
    void checkEveryScreen();
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {
void settle()
{
    // Lazy tabs, deferred chart builds and layouts that ask for a second pass.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QString where(const QWidget* w)
{
    QStringList path;
    for (const QObject* o = w; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return path.join(u'/');
}

bool shown(const QWidget* w)
{
    return w->isVisible() && w->width() > 0 && w->height() > 0 && !w->visibleRegion().isEmpty();
}

// A label is cut when it got less than its text needs: one line per line of
// text for a plain label, the height for its width for a wrapped one.
void checkLabels(QWidget* root, QStringList* cut)
{
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!shown(label) || label->text().isEmpty())
            continue;
        const QRect room = label->contentsRect();
        if (label->wordWrap()) {
            const int need = label->heightForWidth(label->width());
            if (need > label->height())
                cut->append(QStringLiteral("%1 \"%2\": %3 px high of %4")
                                .arg(where(label), label->text())
                                .arg(label->height())
                                .arg(need));
            continue;
        }
        int need = label->sizeHint().width() - (label->width() - room.width());
        if (label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text())) {
            need = 0;
            // With a buddy, "&Chart:" is drawn as "Chart:" with C underlined.
            QString text = label->text();
            if (label->buddy())
                text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
            for (const QString& line : text.split(u'\n'))
                need = std::max(need, label->fontMetrics().horizontalAdvance(line));
            need += 2 * label->margin() + std::max(0, label->indent());
        }
        if (need > room.width())
            cut->append(QStringLiteral("%1 \"%2\": %3 px wide of %4")
                            .arg(where(label), label->text())
                            .arg(room.width())
                            .arg(need));
    }
}

void checkHeaders(QWidget* root, QStringList* cut)
{
    for (QHeaderView* header : root->findChildren<QHeaderView*>()) {
        if (!shown(header) || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int logical = 0; logical < header->count(); ++logical) {
            const int x = header->sectionViewportPosition(logical);
            if (header->isSectionHidden(logical) || x < 0 || x >= header->viewport()->width())
                continue; // scrolled away, not cut
            const QString text = header->model()->headerData(logical, Qt::Horizontal).toString();
            int need = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
                need += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
            if (!text.isEmpty() && need > header->sectionSize(logical))
                cut->append(QStringLiteral("%1 column \"%2\": %3 px of %4")
                                .arg(where(header), text)
                                .arg(header->sectionSize(logical))
                                .arg(need));
        }
    }
}

// Cards on the board: the company on its line, the role on two.
void checkCards(QWidget* root, QStringList* cut)
{
    for (QListView* view : root->findChildren<QListView*>()) {
        const auto* cards = qobject_cast<ApplicationCardDelegate*>(view->itemDelegate());
        if (!cards || !shown(view))
            continue;
        const int width = ApplicationCardDelegate::textWidth(view->viewport()->width());
        QFont bold = view->font();
        bold.setBold(true);
        for (int row = 0; row < std::min(view->model()->rowCount(), 30); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            const QString company = index.data().toString();
            const QString role = index.siblingAtColumn(1).data().toString();
            bool elided = false;
            ApplicationCardDelegate::twoLines(role, view->font(), width, &elided);
            if (QFontMetrics(bold).horizontalAdvance(company) > width || elided)
                cut->append(QStringLiteral("%1 card \"%2 / %3\" in %4 px")
                                .arg(where(view), company, role)
                                .arg(width));
        }
    }
}
// Axis labels Qt Charts cut to "…".
void checkCharts(QWidget* root, QStringList* cut)
{
    for (QChartView* view : root->findChildren<QChartView*>()) {
        if (!shown(view))
            continue;
        for (const QAbstractAxis* axis : view->chart()->axes()) {
            if (axis->isVisible() && axis->labelsVisible() && axis->labelsTruncated())
                cut->append(
                    QStringLiteral("%1 axis \"%2\" labels").arg(where(view), axis->titleText()));
        }
    }
}
} // namespace

void TestNoElision::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RoadmapPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_noelision"));
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("year.sqlite"));
    {
        Workspace ws;
        QVERIFY2(ws.open(m_path), qPrintable(ws.errorString()));
        QString error;
        QVERIFY2(BenchData::fill(ws.database(), BenchData::plan, 20261126, &error),
                 qPrintable(error));
    }
    // A copy of the year for scripts/screenshots.sh, when asked for.
    const QString keep = qEnvironmentVariable("PLANNER_NOELISION_KEEP");
    if (!keep.isEmpty())
        QVERIFY(QFile::copy(m_path, keep));
}

void TestNoElision::checkEveryScreen()
{
    Workspace ws;
    QVERIFY2(ws.open(m_path), qPrintable(ws.errorString()));
    MainWindow window(ws);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList cut;
    QTabWidget* tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        settle();
        // Side tabs inside the page (the DSA tab's Due today, Topics, Stats).
        QList<QTabWidget*> inner = tabs->widget(i)->findChildren<QTabWidget*>();
        inner.prepend(nullptr);
        for (QTabWidget* side : inner) {
            for (int j = 0; j < (side ? side->count() : 1); ++j) {
                if (side)
                    side->setCurrentIndex(j);
                settle();
                checkLabels(&window, &cut);
                checkHeaders(&window, &cut);
                checkCards(&window, &cut);
                checkCharts(&window, &cut);
            }
        }
    }
    cut.removeDuplicates();
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

void TestNoElision::englishFitsAt1366()
{
    Translations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    checkEveryScreen();
}

void TestNoElision::hindiFitsAt1366()
{
    Translations::install(*qApp, QLocale(QLocale::Hindi, QLocale::India));
    checkEveryScreen();
}

QTEST_MAIN(TestNoElision)
#include "tst_noelision.moc"
