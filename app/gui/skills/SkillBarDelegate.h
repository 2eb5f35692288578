#pragma once

#include "core/skills/SkillLevelScale.h"

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

// Draws a skill level the way the plan writes it — a bar of 14 cells — in the
// status palette, with the level's name beside it.
class SkillModel;

class SkillBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The model's level scale names the levels it draws.
    SkillBarDelegate(const SkillModel& model, QObject* parent);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Levels and targets are edited with a 0..14 spin box, categories with a
    // combo box of the usual categories (free text allowed).
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    // The words after the text bar in a level cell's display text.
    static QString levelName(const QModelIndex& index);

    const SkillModel& m_model;
    mutable QFont m_measuredFont;
    mutable SkillLevelScale m_measuredScale;
    mutable QHash<QString, int> m_nameWidths;
    mutable int m_usualNameWidth = -1; // not measured yet
};
