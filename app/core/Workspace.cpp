#include "Workspace.h"

#include "core/dsa/ProblemModel.h"
#include "core/dsa/ProblemStore.h"
#include "core/dsa/TopicModel.h"
#include "core/dsa/TopicStore.h"
#include "core/dsa/TopicTargetRule.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/JobSettings.h"
#include "core/jobs/StageOrder.h"
#include "core/reminders/ReminderStore.h"
#include "core/roadmap/ParsedPlan.h"
#include "core/roadmap/PlanCalendar.h"
#include "core/roadmap/PlanImporter.h"
#include "core/roadmap/RoadmapMarkdownReader.h"
#include "core/roadmap/RoadmapModel.h"
#include "core/roadmap/RoadmapStore.h"
#include "core/skills/SkillEvidence.h"
#include "core/skills/SkillModel.h"
#include "core/skills/SkillStore.h"
#include "core/storage/BackupManager.h"
#include "core/storage/Database.h"
#include "core/storage/EditStack.h"
#include "core/storage/ExternalChangeWatcher.h"
#include "core/storage/IntegrityCheck.h"
#include "core/storage/ModelPrefetch.h"
#include "core/storage/SettingsStore.h"
#include "core/today/Today.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <optional>
#include <utility>

struct Workspace::Prefetches
{
    std::optional<PrefetchedRows<ProblemModel::Rows>> problems;
    std::optional<PrefetchedRows<QVector<Application>>> applications;
    // Topic counts are sums over every problem: any write to either store
    // after the worker's snapshot makes them stale, and the model reads afresh.
    std::optional<PrefetchedRows<QVector<TopicStore::Topic>>> topics;
    bool topicsStale = false;
};

namespace {
// How the file and its write-ahead log look on disk: any commit changes one of
// them (an empty log is the same as none, which the first connection creates).
QString fileStamp(const QString& path)
{
    const QFileInfo file(path);
    const QFileInfo log(path + QStringLiteral("-wal"));
    const auto part = [](const QFileInfo& info) {
        return info.size() > 0 ? QStringLiteral("%1@%2")
                                     .arg(info.size())
                                     .arg(info.lastModified().toMSecsSinceEpoch())
                               : QString();
    };
    return part(file) + u'|' + part(log);
}
} // namespace

// The plan's nodes, read on a worker from startReadingPlan() (in a window,
// before open()) until the first screen asks for the plan. Any write to the
// plan after the worker started makes them stale (the tree has moves and
// resets, not just rows), and so does a change on disk before open() ends;
// the model then reads afresh.
struct Workspace::PlanRead
{
    PlanRead(RoadmapStore& store, const QString& file)
        : path(file)
        , stamp(fileStamp(file))
        , rows(store, file, [](Database& db) { return RoadmapStore(db).loadAll(); })
    {
        // On the row signals themselves, not the `changed` after them: a
        // listener that builds the model during a write must already see it.
        const auto markStale = [this] { stale = true; };
        QObject::connect(&store, &ChangeNotifier::rowsInserted, &rows.read(), markStale);
        QObject::connect(&store, &ChangeNotifier::rowsChanged, &rows.read(), markStale);
        QObject::connect(&store, &ChangeNotifier::rowsRemoved, &rows.read(), markStale);
        QObject::connect(&store, &ChangeNotifier::reset, &rows.read(), markStale);
        QObject::connect(&store, &RoadmapStore::nodeMoved, &rows.read(), markStale);
    }
    QString path;
    QString stamp; // fileStamp() before the worker started
    PrefetchedRows<QVector<RoadmapNode>> rows;
    bool stale = false;
};

namespace {
// A model built from rows read on a worker takes the writes announced since.
template <typename Model> void catchUp(Model& model, const ModelPrefetch& read)
{
    model.removeIds(read.removedSince());
    if (!read.changedSince().isEmpty())
        model.update(read.changedSince());
}
} // namespace

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_db(std::make_unique<Database>())
    , m_settings(std::make_unique<SettingsStore>(*m_db))
    , m_roadmap(std::make_unique<RoadmapStore>(*m_db))
    , m_topics(std::make_unique<TopicStore>(*m_db))
    , m_problems(std::make_unique<ProblemStore>(*m_db))
    , m_applications(std::make_unique<ApplicationStore>(*m_db))
    , m_skills(std::make_unique<SkillStore>(*m_db))
    , m_reminders(std::make_unique<ReminderStore>(*m_db))
    , m_skillEvidence(
          std::make_unique<SkillEvidence>(*m_skills, *m_roadmap, *m_topics, *m_problems))
    , m_undoStack(std::make_unique<EditStack>(*m_db))
{}

Workspace::~Workspace() = default;

bool Workspace::open(const QString& path, Seed seed, Database::Check check, Database::Access access)
{
    m_error.clear();
    m_seeded = false;
    // A plan read started before this open, of this file (the window's, at
    // start-up), is kept for it: its worker uses no file below the current
    // schema, and whatever the open writes to the plan (the built-in plan, the
    // topic rule) marks it stale. Any other read is of a file no longer open.
    const bool keepPlanRead = std::exchange(m_planReadBeforeOpen, false) && m_planRead &&
                              m_planRead->path == QFileInfo(path).absoluteFilePath();
    if (!keepPlanRead)
        m_planRead.reset();
    if (!m_db->open(path, check, access)) {
        m_error = m_db->errorString();
        m_planRead.reset();
        return false;
    }
    m_backups = std::make_unique<BackupManager>(*m_db);
    // A read-only file is shown as it is: seeding would write.
    if (seed == Seed::BuiltInPlan && !m_db->isReadOnly() && !seedIfEmpty()) {
        m_planRead.reset();
        return false;
    }
    m_roadmapModel.reset();
    m_skillEvidence->setPlan(nullptr);
    connect(m_settings.get(), &SettingsStore::changed, this, [this](const QString& key) {
        if (key.startsWith(QLatin1String("jobs.")))
            applyJobSettings();
    });
    m_topicTargetRule = std::make_unique<TopicTargetRule>(*m_topics, *m_problems, *m_roadmap);
    m_today = std::make_unique<Today>(*this);
    m_watcher = std::make_unique<ExternalChangeWatcher>(*m_db);
    connect(m_watcher.get(), &ExternalChangeWatcher::changed, this, [this] {
        reloadAll();
        applyJobSettings();
        emit changedElsewhere();
    });
    m_watcher->start();
    // A write from another connection after the plan read began and before
    // the watcher's first look (it took that in its constructor) is in
    // neither: the read is not used. So are the open's own writes, which mark
    // it stale anyway.
    if (m_planRead && fileStamp(m_planRead->path) != m_planRead->stamp)
        m_planRead->stale = true;
    return true;
}

void Workspace::checkIntegrityInBackground()
{
    if (!m_db->checkDeferred())
        return;
    if (!m_integrityCheck) {
        m_integrityCheck = std::make_unique<IntegrityCheck>();
        connect(m_integrityCheck.get(), &IntegrityCheck::finished, this,
                &Workspace::integrityChecked);
    }
    m_integrityCheck->start(m_db->path());
}

void Workspace::prefetchModels()
{
    if (!m_db->isOpen())
        return;
    if (!m_prefetches)
        m_prefetches = std::make_unique<Prefetches>();
    const QString path = m_db->path();
    if (!m_problemModel && !m_prefetches->problems) {
        m_prefetches->problems.emplace(*m_problems, path, [](Database& db) {
            const ProblemStore store(db);
            return ProblemModel::read(store);
        });
    }
    if (!m_topicModel && !m_prefetches->topics) {
        m_prefetches->topics.emplace(*m_topics, path, [](Database& db) {
            const TopicStore store(db);
            return store.loadAll();
        });
        for (ChangeNotifier* store : {static_cast<ChangeNotifier*>(m_topics.get()),
                                      static_cast<ChangeNotifier*>(m_problems.get())}) {
            connect(store, &ChangeNotifier::changed, this, [this] {
                if (m_prefetches)
                    m_prefetches->topicsStale = true;
            });
        }
    }
    if (!m_applicationModel && !m_prefetches->applications) {
        m_prefetches->applications.emplace(*m_applications, path, [](Database& db) {
            const ApplicationStore store(db);
            return store.loadAll();
        });
    }
}

bool Workspace::checkForOutsideChanges()
{
    return m_watcher && m_watcher->check();
}

void Workspace::startReadingPlan(const QString& path)
{
    if (m_roadmapModel || m_planRead || !QFileInfo::exists(path))
        return;
    m_planRead = std::make_unique<PlanRead>(*m_roadmap, QFileInfo(path).absoluteFilePath());
    m_planReadBeforeOpen = !m_db->isOpen();
}

bool Workspace::hasUsablePlanRead() const
{
    return m_planRead && !m_planRead->stale;
}

bool Workspace::isPlanReady() const
{
    return m_roadmapModel || !m_planRead || m_planRead->rows.isFinished();
}

RoadmapModel& Workspace::roadmapModel()
{
    if (!m_roadmapModel) {
        QVector<RoadmapNode> nodes;
        if (m_planRead && !m_planRead->stale && m_planRead->rows.take(&nodes))
            m_roadmapModel =
                std::make_unique<RoadmapModel>(*m_roadmap, m_undoStack.get(), std::move(nodes));
        else
            m_roadmapModel = std::make_unique<RoadmapModel>(*m_roadmap, m_undoStack.get());
        m_planRead.reset();
        m_skillEvidence->setPlan(m_roadmapModel.get());
    }
    return *m_roadmapModel;
}

TopicModel& Workspace::topicModel()
{
    if (!m_topicModel) {
        QVector<TopicStore::Topic> rows;
        if (m_prefetches && m_prefetches->topics && !m_prefetches->topicsStale &&
            m_prefetches->topics->take(&rows))
            m_topicModel = std::make_unique<TopicModel>(*m_topics, *m_problems, std::move(rows));
        else
            m_topicModel = std::make_unique<TopicModel>(*m_topics, *m_problems);
        if (m_prefetches)
            m_prefetches->topics.reset();
    }
    return *m_topicModel;
}

ProblemModel& Workspace::problemModel()
{
    if (!m_problemModel) {
        ProblemModel::Rows rows;
        if (m_prefetches && m_prefetches->problems && m_prefetches->problems->take(&rows)) {
            m_problemModel = std::make_unique<ProblemModel>(*m_problems, std::move(rows));
            catchUp(*m_problemModel, m_prefetches->problems->read());
        } else {
            m_problemModel = std::make_unique<ProblemModel>(*m_problems);
        }
        if (m_prefetches)
            m_prefetches->problems.reset();
    }
    return *m_problemModel;
}

ApplicationModel& Workspace::applicationModel()
{
    if (!m_applicationModel) {
        QVector<Application> rows;
        if (m_prefetches && m_prefetches->applications && m_prefetches->applications->take(&rows)) {
            m_applicationModel =
                std::make_unique<ApplicationModel>(*m_applications, std::move(rows));
            catchUp(*m_applicationModel, m_prefetches->applications->read());
        } else {
            m_applicationModel = std::make_unique<ApplicationModel>(*m_applications);
        }
        if (m_prefetches)
            m_prefetches->applications.reset();
        applyJobSettings();
    }
    return *m_applicationModel;
}

SkillModel& Workspace::skillModel()
{
    if (!m_skillModel)
        m_skillModel = std::make_unique<SkillModel>(*m_skills, m_settings.get(), m_undoStack.get());
    return *m_skillModel;
}

void Workspace::reloadAll()
{
    m_undoStack->clear(); // its steps describe data that is no longer there
    // Every store says so; the models that exist reload, the others read fresh when built.
    for (ChangeNotifier* store : std::initializer_list<ChangeNotifier*>{
             m_roadmap.get(), m_topics.get(), m_problems.get(), m_applications.get(),
             m_skills.get(), m_reminders.get()})
        store->announceReset();
    m_today->refresh();
}

void Workspace::applyJobSettings()
{
    // The follow-up days and the stage order are plan settings; the model that
    // shows due dates and sorts stages follows them wherever they are changed.
    if (!m_applicationModel)
        return;
    m_applicationModel->setFollowUpRule(FollowUpRule(JobSettings::followUpDays(*m_settings)));
    m_applicationModel->setStageOrder(StageOrder::load(*m_settings));
    QHash<QString, SalaryBand> bands;
    for (const QString& type : Application::companyTypes())
        bands.insert(type, JobSettings::band(*m_settings, type));
    m_applicationModel->setSalaryBands(bands);
}

bool Workspace::seedIfEmpty()
{
    // Seed only a file that has never been given a plan: a plan of headings and
    // notes has no items, and a user may delete every item; neither is replaced.
    if (!m_settings->value(SettingsStore::PlanInitialised).isEmpty())
        return true;
    ParsedPlan plan;
    if (!loadBuiltInPlan(&plan, &m_error))
        return false;
    if (!importPlan(plan) ||
        !m_settings->setValue(SettingsStore::PlanInitialised, QStringLiteral("builtin"))) {
        m_error = tr("%1: could not write the built-in plan").arg(m_db->path());
        return false;
    }
    m_seeded = true;
    return true;
}

bool Workspace::importPlan(const ParsedPlan& plan)
{
    PlanImporter importer(*m_db, *m_roadmap, *m_topics, *m_skills, *m_settings);
    if (!importer.replacePlan(plan)) {
        m_error = importer.errorString();
        return false;
    }
    m_undoStack->clear();
    return true;
}

bool Workspace::loadBuiltInPlan(ParsedPlan* plan, QString* error)
{
    // The test suite seeds from a fixture copy (tests/CMakeLists.txt sets
    // PLANNER_BUILT_IN_PLAN), so editing the plan this build ships breaks no test.
    const QString fixture = qEnvironmentVariable("PLANNER_BUILT_IN_PLAN");
    const QString path = fixture.isEmpty() ? QStringLiteral(":/plan/default-roadmap.md") : fixture;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: the built-in plan is missing from this build").arg(path);
        return false;
    }
    if (!RoadmapMarkdownReader::parse(file.readAll(), path, plan, error))
        return false;
    PlanCalendar::apply(plan);
    return true;
}
