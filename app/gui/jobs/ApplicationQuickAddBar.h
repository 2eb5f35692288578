#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class Workspace;

// Company, role and source with Enter to add: the one quick add for
// applications, on the Applications tab and on the Today view. It warns before
// a repeat of a recent application. Its hint line keeps its height while
// hidden, so a warning never pushes the controls below it.
class ApplicationQuickAddBar : public QWidget
{
    Q_OBJECT
public:
    // Child object names start with the prefix ("today" gives
    // "todayCompanyLineEdit"); without one they are "companyLineEdit" and so on.
    explicit ApplicationQuickAddBar(Workspace& workspace, const QString& namePrefix = QString(),
                                    QWidget* parent = nullptr);

    void focusCompany();
    // The sources offered (the plan's settings), keeping what is typed.
    void setSources(const QStringList& sources);
    QLabel* hint() const { return m_hint; }

signals:
    void added(qint64 id);

private:
    void add();
    void warnIfDuplicate();
    void showHint(const QString& text, bool duplicate);

    Workspace& m_ws;
    QLineEdit* m_company;
    QLineEdit* m_role;
    QComboBox* m_source;
    QLabel* m_hint;
};
