#pragma once

#include "core/dsa/ProblemImporter.h"
#include "gui/common/ImportPreviewDialog.h"

// The import preview of a problem list: each row read with its title,
// difficulty, topics, status and date, and whether it is new or already in the
// log; every recovered oddity and unreadable row by line and field.
class ProblemImportDialog : public ImportPreviewDialog
{
    Q_OBJECT
public:
    ProblemImportDialog(const QString& fileName, const ProblemImporter::Preview& preview,
                        QWidget* parent = nullptr);
};
