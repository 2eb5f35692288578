#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class ChartPanel;
class QWidget;
class Workspace;

// Every chart of the product by a stable name: the Skills tab's picker, the
// export dialog, the progress report and the command line all make charts
// here, so a chart looks the same wherever it appears.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    struct Info
    {
        QString name;  // stable: used by --export-chart and saved settings
        QString title; // translated, for pickers
    };

    static QVector<Info> charts();
    static QStringList names();
    static bool contains(const QString& name) { return names().contains(name); }
    // nullptr for an unknown name.
    static ChartPanel* create(const QString& name, Workspace& workspace, QWidget* parent = nullptr);
};
