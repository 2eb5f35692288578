#include "SkillBarDelegate.h"

#include "core/skills/Skill.h"
#include "core/skills/SkillCategory.h"
#include "core/skills/SkillModel.h"
#include "gui/common/StatusPalette.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QSpinBox>

namespace {
constexpr int cellWidth = 9;
constexpr int cellGap = 2;
constexpr int barWidth = Skill::Cells * (cellWidth + cellGap);
} // namespace

SkillBarDelegate::SkillBarDelegate(const SkillModel& model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QString SkillBarDelegate::levelName(const QModelIndex& index)
{
    return index.data(Qt::DisplayRole).toString().section(QStringLiteral("  "), 1);
}

QSize SkillBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant levelValue = index.data(SkillModel::LevelRole);
    if (!levelValue.isValid() || levelValue.toInt() < 0)
        return QStyledItemDelegate::sizeHint(option, index);
    // One line: the bar, then the level's name as paint() draws it, at least
    // as wide as the widest name the scale gives a level, so a column does
    // not jump as levels change. Not the base class's hint, which lays out
    // the whole display text (the text bar too) for every cell each time the
    // table fits its columns; the few names there are are measured once per
    // font and scale.
    const SkillLevelScale& scale = m_model.scale();
    if (m_usualNameWidth < 0 || option.font != m_measuredFont || !(scale == m_measuredScale)) {
        m_measuredFont = option.font;
        m_measuredScale = scale;
        m_nameWidths.clear();
        m_usualNameWidth = 0;
        for (int level = 0; level <= Skill::Cells; ++level)
            m_usualNameWidth =
                std::max(m_usualNameWidth, option.fontMetrics.horizontalAdvance(scale.name(level)));
    }
    const QString name = levelName(index);
    auto width = m_nameWidths.constFind(name);
    if (width == m_nameWidths.cend())
        width = m_nameWidths.insert(name, option.fontMetrics.horizontalAdvance(name));
    return {barWidth + 16 + std::max(*width, m_usualNameWidth), option.fontMetrics.height() + 8};
}

void SkillBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QVariant levelValue = index.data(SkillModel::LevelRole);
    if (!levelValue.isValid() || levelValue.toInt() < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as the style draws them, without the text.
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int level = levelValue.toInt();
    const bool isTarget = index.column() >= SkillModel::FirstMilestoneColumn;
    const QColor fill = isTarget ? StatusPalette::done() : StatusPalette::inProgress();
    QColor empty = option.palette.color(QPalette::Mid);
    empty.setAlpha(70);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const int h = std::min(12, option.rect.height() - 8);
    const int top = option.rect.center().y() - h / 2;
    int x = option.rect.left() + 6;
    for (int cell = 0; cell < Skill::Cells; ++cell) {
        painter->setBrush(cell < level ? fill : empty);
        painter->drawRoundedRect(QRectF(x, top, cellWidth, h), 2, 2);
        x += cellWidth + cellGap;
    }
    const QString text = levelName(index);
    const QRect textRect(x + 6, option.rect.top(), option.rect.right() - x - 6,
                         option.rect.height());
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QWidget* SkillBarDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    if (index.column() == SkillModel::CategoryColumn) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("categoryComboBox"));
        combo->setEditable(true);
        QStringList categories = SkillCategory::defaults();
        // Categories the user typed before are offered too.
        for (int row = 0; row < index.model()->rowCount(); ++row) {
            const QString c =
                index.model()->index(row, SkillModel::CategoryColumn).data().toString();
            if (!c.isEmpty() && !categories.contains(c))
                categories << c;
        }
        combo->addItems(categories);
        return combo;
    }
    const bool isTarget = index.data(SkillModel::MilestoneIdRole).isValid();
    if (index.column() == SkillModel::LevelColumn || isTarget) {
        auto* spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("levelSpinBox"));
        spin->setRange(0, Skill::Cells);
        spin->setSuffix(tr(" of %1").arg(Skill::Cells));
        if (isTarget)
            spin->setSpecialValueText(tr("No target"));
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void SkillBarDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SkillBarDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
