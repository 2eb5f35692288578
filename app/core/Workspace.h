#pragma once

#include "core/storage/Database.h"

#include <QObject>
#include <QString>
#include <memory>

class ApplicationModel;
class BackupManager;
class EditStack;
class ApplicationStore;
class ExternalChangeWatcher;
class IntegrityCheck;
class ProblemModel;
class ProblemStore;
class ReminderStore;
class RoadmapModel;
class RoadmapStore;
class SettingsStore;
class SkillEvidence;
class SkillModel;
class SkillStore;
class TopicModel;
class TopicStore;
class TopicTargetRule;
class Today;
struct ParsedPlan;

// Owns the database and one instance of each store and item model. Every tab
// and every headless command is handed the same Workspace, so all of them
// share one model layer and one undo stack.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    enum class Seed
    {
        BuiltInPlan,
        Nothing
    };
    // Opens (or creates) the file. A new file is filled with the built-in plan,
    // unless the caller is about to import a plan of its own. A window passes
    // Check::AfterFirstPaint and calls checkIntegrityInBackground() once it shows.
    bool open(const QString& path, Seed seed = Seed::BuiltInPlan,
              Database::Check check = Database::Check::BeforeOpening,
              Database::Access access = Database::Access::Write);
    // Runs the quick_check open() left for later, if it did, on a worker thread
    // with its own connection; integrityChecked() tells the outcome.
    void checkIntegrityInBackground();
    // Reads the problem and application models' rows on worker threads, each
    // with its own connection, so the first visit to their tabs finds them
    // ready instead of reading 100,000 rows then. Called after the first paint;
    // a model asked for before its rows are in waits for the rest of the read.
    void prefetchModels();
    QString errorString() const { return m_error; }
    // True when the file is open read-only (see Database::Access): everything
    // reads, and the undo stack refuses every edit.
    bool isReadOnly() const { return m_db->isReadOnly(); }
    // True when open() wrote the built-in plan into a new file.
    bool seededBuiltInPlan() const { return m_seeded; }

    // Replaces the current plan in one transaction (no undo step; for seeding and scripts).
    bool importPlan(const ParsedPlan& plan);
    // The plan shipped in resources, parsed and dated.
    static bool loadBuiltInPlan(ParsedPlan* plan, QString* error);

    // Re-reads every model from the database (after a restore replaced its contents).
    void reloadAll();
    // Asks whether another connection (the command line, another process) wrote
    // to the file. When it did, every model is reloaded and the undo stack is
    // cleared — its steps hold rows as they were before that write, and undoing
    // one would overwrite it — and changedElsewhere() is emitted. Asked on a
    // timer, on window focus and before every undo or redo; true when it happened.
    bool checkForOutsideChanges();

    Database& database() { return *m_db; }
    BackupManager& backups() { return *m_backups; }
    EditStack& undoStack() { return *m_undoStack; }
    SettingsStore& settings() { return *m_settings; }
    RoadmapStore& roadmap() { return *m_roadmap; }
    TopicStore& topics() { return *m_topics; }
    ProblemStore& problems() { return *m_problems; }
    ApplicationStore& applications() { return *m_applications; }
    SkillStore& skills() { return *m_skills; }
    ReminderStore& reminders() { return *m_reminders; }

    // The plan model is read by the first screen and the status line; the others
    // are built the first time a tab (or a command) asks, so start-up never
    // reads 100,000 problems it does not show.
    // Built when first asked for (by the first screen): from the nodes a worker
    // has read since startReadingPlan(), or read there and then.
    RoadmapModel& roadmapModel();
    // For a window: reads the plan of the file at `path` on a worker while the
    // file is opened and the window built, so its first screen does not wait
    // for 5,000 nodes. Called before open() (the read then overlaps the
    // opening too; see open()) or after it, with the path it opened. Headless
    // commands that never show the plan do not pay for the read (or wait for
    // it at exit).
    void startReadingPlan(const QString& path);
    // Whether roadmapModel() would return without waiting for that worker.
    bool isPlanReady() const;
    // Whether a plan read is pending and nothing has made it stale (for tests).
    bool hasUsablePlanRead() const;
    TopicModel& topicModel();
    ProblemModel& problemModel();
    ApplicationModel& applicationModel();
    SkillModel& skillModel();
    SkillEvidence& skillEvidence() { return *m_skillEvidence; }
    // What to do today, for the status bar, the tray, the reminders and the Today view.
    Today& today() { return *m_today; }

signals:
    // The file was changed by another connection; the models show it now.
    void changedElsewhere();
    // The deferred quick_check finished: `problem` is empty for a sound file,
    // otherwise it names the file and says what is wrong.
    void integrityChecked(const QString& problem);

private:
    bool seedIfEmpty();
    void applyJobSettings();

    // Members are declared in the order they depend on each other, so the
    // compiler destroys them in reverse: rules and models before the stores they
    // read, the stores (and their prepared statements) before the database.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BackupManager> m_backups;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<RoadmapStore> m_roadmap;
    std::unique_ptr<TopicStore> m_topics;
    std::unique_ptr<ProblemStore> m_problems;
    std::unique_ptr<ApplicationStore> m_applications;
    std::unique_ptr<SkillStore> m_skills;
    std::unique_ptr<ReminderStore> m_reminders;
    std::unique_ptr<SkillEvidence> m_skillEvidence;
    // Undo steps hold references to stores: the stack goes before them.
    std::unique_ptr<EditStack> m_undoStack;
    // Models load from the stores, so they exist only once the file is open.
    std::unique_ptr<RoadmapModel> m_roadmapModel;
    std::unique_ptr<TopicModel> m_topicModel;
    std::unique_ptr<ProblemModel> m_problemModel;
    std::unique_ptr<ApplicationModel> m_applicationModel;
    std::unique_ptr<SkillModel> m_skillModel;
    std::unique_ptr<TopicTargetRule> m_topicTargetRule;
    std::unique_ptr<Today> m_today;
    // Watches for writes by other connections; goes first, before anything it reloads.
    std::unique_ptr<ExternalChangeWatcher> m_watcher;
    // Their threads have connections of their own; they are joined before
    // anything else goes.
    std::unique_ptr<IntegrityCheck> m_integrityCheck;
    struct Prefetches;
    std::unique_ptr<Prefetches> m_prefetches;
    struct PlanRead;
    std::unique_ptr<PlanRead> m_planRead;
    bool m_planReadBeforeOpen = false; // started before open(), for open() to keep
    QString m_error;
    bool m_seeded = false;
};
