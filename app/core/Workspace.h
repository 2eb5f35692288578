#pragma once

#include <QObject>
#include <QString>
#include <memory>

class ApplicationModel;
class ApplicationStore;
class Database;
class ProblemModel;
class ProblemStore;
class QUndoStack;
class RoadmapModel;
class RoadmapStore;
class SettingsStore;
class SkillModel;
class SkillStore;
class TopicModel;
class TopicStore;
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

    // Opens (or creates) the file. A new file is filled with the built-in plan.
    bool open(const QString& path);
    QString errorString() const { return m_error; }
    // True when open() wrote the built-in plan into a new file.
    bool seededBuiltInPlan() const { return m_seeded; }

    // Replaces the current plan in one transaction.
    bool importPlan(const ParsedPlan& plan);
    // The plan shipped in resources, parsed and dated.
    static bool loadBuiltInPlan(ParsedPlan* plan, QString* error);

    Database& database() { return *m_db; }
    QUndoStack& undoStack() { return *m_undoStack; }
    SettingsStore& settings() { return *m_settings; }
    RoadmapStore& roadmap() { return *m_roadmap; }
    TopicStore& topics() { return *m_topics; }
    ProblemStore& problems() { return *m_problems; }
    ApplicationStore& applications() { return *m_applications; }
    SkillStore& skills() { return *m_skills; }

    RoadmapModel& roadmapModel() { return *m_roadmapModel; }
    TopicModel& topicModel() { return *m_topicModel; }
    ProblemModel& problemModel() { return *m_problemModel; }
    ApplicationModel& applicationModel() { return *m_applicationModel; }
    SkillModel& skillModel() { return *m_skillModel; }

private:
    bool seedIfEmpty();
    void applyJobSettings();

    std::unique_ptr<Database> m_db;
    QUndoStack* m_undoStack;
    SettingsStore* m_settings;
    RoadmapStore* m_roadmap;
    TopicStore* m_topics;
    ProblemStore* m_problems;
    ApplicationStore* m_applications;
    SkillStore* m_skills;
    // Models load from the stores, so they exist only once the file is open.
    std::unique_ptr<RoadmapModel> m_roadmapModel;
    std::unique_ptr<TopicModel> m_topicModel;
    std::unique_ptr<ProblemModel> m_problemModel;
    std::unique_ptr<ApplicationModel> m_applicationModel;
    std::unique_ptr<SkillModel> m_skillModel;
    QString m_error;
    bool m_seeded = false;
};
