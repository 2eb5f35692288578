#include "Workspace.h"

#include "dsa/ProblemModel.h"
#include "dsa/ProblemStore.h"
#include "dsa/TopicModel.h"
#include "dsa/TopicStore.h"
#include "dsa/TopicTargetRule.h"
#include "jobs/ApplicationModel.h"
#include "jobs/ApplicationStore.h"
#include "jobs/JobSettings.h"
#include "jobs/StageOrder.h"
#include "reminders/ReminderStore.h"
#include "roadmap/ParsedPlan.h"
#include "roadmap/PlanImporter.h"
#include "roadmap/RoadmapMarkdownReader.h"
#include "roadmap/RoadmapModel.h"
#include "roadmap/RoadmapStore.h"
#include "skills/SkillEvidence.h"
#include "skills/SkillModel.h"
#include "skills/SkillStore.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/ExternalChangeWatcher.h"
#include "storage/SettingsStore.h"

#include <QFile>
#include <QUndoStack>

namespace {
const QString seededKey = QStringLiteral("plan.seeded");
}

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_db(std::make_unique<Database>())
    , m_undoStack(new QUndoStack(this))
    , m_settings(new SettingsStore(*m_db, this))
    , m_roadmap(new RoadmapStore(*m_db, this))
    , m_topics(new TopicStore(*m_db, this))
    , m_problems(new ProblemStore(*m_db, this))
    , m_applications(new ApplicationStore(*m_db, this))
    , m_skills(new SkillStore(*m_db, this))
    , m_reminders(new ReminderStore(*m_db, this))
    , m_skillEvidence(new SkillEvidence(*m_skills, *m_roadmap, *m_topics, *m_problems, this))
{}

Workspace::~Workspace()
{
    // Rules and models go before the stores and the database they read from.
    m_watcher.reset();
    m_topicTargetRule.reset();
    m_skillModel.reset();
    m_applicationModel.reset();
    m_problemModel.reset();
    m_topicModel.reset();
    m_roadmapModel.reset();
    m_undoStack->clear();
    // The stores are QObject children, which Qt deletes only after the members;
    // delete them now, so nothing (a prepared statement) outlives the database.
    qDeleteAll(children());
}

bool Workspace::open(const QString& path, Seed seed)
{
    m_error.clear();
    m_seeded = false;
    if (!m_db->open(path)) {
        m_error = m_db->errorString();
        return false;
    }
    m_backups = std::make_unique<BackupManager>(*m_db);
    if (seed == Seed::BuiltInPlan && !seedIfEmpty())
        return false;
    m_roadmapModel = std::make_unique<RoadmapModel>(*m_roadmap, m_undoStack);
    m_topicModel = std::make_unique<TopicModel>(*m_topics, *m_problems);
    m_problemModel = std::make_unique<ProblemModel>(*m_problems);
    m_applicationModel = std::make_unique<ApplicationModel>(*m_applications);
    applyJobSettings();
    connect(m_settings, &SettingsStore::changed, this, [this](const QString& key) {
        if (key.startsWith(QLatin1String("jobs.")))
            applyJobSettings();
    });
    m_skillModel = std::make_unique<SkillModel>(*m_skills, m_settings, m_undoStack);
    m_topicTargetRule = std::make_unique<TopicTargetRule>(*m_topics, *m_problems, *m_roadmap);
    m_watcher = std::make_unique<ExternalChangeWatcher>(*m_db);
    connect(m_watcher.get(), &ExternalChangeWatcher::changed, this, [this] {
        reloadAll();
        applyJobSettings();
        emit changedElsewhere();
    });
    m_watcher->start();
    return true;
}

bool Workspace::checkForOutsideChanges()
{
    return m_watcher && m_watcher->check();
}

void Workspace::reloadAll()
{
    m_undoStack->clear(); // its steps describe data that is no longer there
    m_roadmapModel->reload();
    m_topicModel->reload();
    m_problemModel->reload();
    m_applicationModel->reload();
    m_skillModel->reload();
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
    // Seed only a file that has never held a plan, so a user who deletes every
    // item does not get the built-in plan back.
    if (!m_settings->value(seededKey).isEmpty() || m_roadmap->counts().items > 0)
        return true;
    ParsedPlan plan;
    if (!loadBuiltInPlan(&plan, &m_error))
        return false;
    if (!importPlan(plan) || !m_settings->setValue(seededKey, QStringLiteral("builtin"))) {
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
    const QString path = QStringLiteral(":/plan/default-roadmap.md");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: the built-in plan is missing from this build").arg(path);
        return false;
    }
    if (!RoadmapMarkdownReader::parse(file.readAll(), path, plan, error))
        return false;
    RoadmapMarkdownReader::applyCalendar(plan);
    return true;
}
