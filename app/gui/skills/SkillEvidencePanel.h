#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class Workspace;

// Beside the table: what the plan's data says about the selected skill —
// linked roadmap items (done or not), items that mention it but are not
// linked, the DSA log for the DSA skill — and a suggested level the user can
// accept. Links and the accepted level go through the undo stack.
class SkillEvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SkillEvidencePanel(Workspace& workspace, QWidget* parent = nullptr);

    void setSkill(qint64 skillId);
    qint64 skill() const { return m_skillId; }

private:
    void refresh();
    void linkMentioned();
    void unlinkSelected();
    void acceptSuggestion();

    Workspace& m_ws;
    qint64 m_skillId = 0;
    QLabel* m_heading;
    QLabel* m_summary;
    QListWidget* m_items;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QPushButton* m_accept;
    QVector<qint64> m_mentioned;
    int m_suggested = -1;
};
