#include "ApplicationCardDelegate.h"

#include "core/jobs/ApplicationModel.h"
#include "gui/common/StatusPalette.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int margin = 6;
constexpr int padding = 8;
constexpr int halfPadding = 4;
} // namespace

ApplicationCardDelegate::ApplicationCardDelegate(const ApplicationModel& model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QString ApplicationCardDelegate::statusLine(const QModelIndex& index) const
{
    // The model's "today", which tests inject, not the clock.
    const QDate today = m_model.today();
    const QDate due = index.data(ApplicationModel::FollowUpDueRole).toDate();
    if (!due.isValid())
        return QString();
    const int late = int(due.daysTo(today));
    if (late > 0)
        return QCoreApplication::translate("ApplicationCardDelegate", "Follow-up %n day(s) overdue",
                                           "", late);
    if (late == 0)
        return QCoreApplication::translate("ApplicationCardDelegate", "Follow up today");
    return QCoreApplication::translate("ApplicationCardDelegate", "Follow up in %n day(s)", "",
                                       -late);
}

QString ApplicationCardDelegate::daysInStage(const QModelIndex& index)
{
    // A plain variable as the count: lupdate 6.4 loops on a call chain there.
    const int days = index.data(ApplicationModel::DaysInStageRole).toInt();
    return QCoreApplication::translate("ApplicationCardDelegate", "%n d in stage", "", days);
}

void ApplicationCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect area = option.rect;
    // The list may lay items out wider than what is visible; cards fit the column.
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        area.setWidth(std::min(area.width(), view->viewport()->width() - area.left()));
    const QRectF card = QRectF(area).adjusted(margin, margin * 0.5, -margin, -margin * 0.5);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette& pal = option.palette;
    QPainterPath path;
    path.addRoundedRect(card, 4, 4);
    painter->fillPath(path, selected ? pal.highlight() : pal.base());
    const bool overdue = index.data(ApplicationModel::FollowUpOverdueRole).toBool();
    painter->setPen(QPen(overdue ? StatusPalette::overdue() : pal.mid().color(), overdue ? 2 : 1));
    painter->drawPath(path);

    const QColor text = (selected ? pal.highlightedText() : pal.text()).color();
    const QRect inner = card.toRect().adjusted(padding, halfPadding, -padding, -halfPadding);
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QModelIndex company = index.siblingAtColumn(ApplicationModel::CompanyColumn);
    const QModelIndex role = index.siblingAtColumn(ApplicationModel::RoleColumn);
    int y = inner.top();
    const QColor muted = selected ? text : pal.placeholderText().color();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(
        QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft,
        QFontMetrics(bold).elidedText(company.data().toString(), Qt::ElideRight, inner.width()));
    y += fm.height();
    painter->setFont(option.font);
    painter->drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft,
                      fm.elidedText(role.data().toString(), Qt::ElideRight, inner.width()));
    y += fm.height();
    painter->setPen(overdue && !selected ? StatusPalette::overdue() : muted);
    painter->drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft,
                      fm.elidedText(thirdLine(index), Qt::ElideRight, inner.width()));
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        painter->setPen(QPen(pal.highlight().color(), 1, Qt::DotLine));
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 3, 3);
    }
    painter->restore();
}

QString ApplicationCardDelegate::thirdLine(const QModelIndex& index) const
{
    // Offers show their salary against the plan's band instead of a follow-up.
    const QString stage = index.data(ApplicationModel::StageKeyRole).toString();
    const QString salary = index.data(ApplicationModel::SalaryTextRole).toString();
    if ((stage == u"offer" || stage == u"accepted") && !salary.isEmpty())
        return salary;
    const QString followUp = statusLine(index);
    return followUp.isEmpty() ? daysInStage(index)
                              : daysInStage(index) + QStringLiteral(" · ") + followUp;
}

QSize ApplicationCardDelegate::sizeHint(const QStyleOptionViewItem& option,
                                        const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    // The list view stretches cards to its width; this is only the least.
    return {fm.averageCharWidth() * 12, fm.height() * 3 + padding + margin};
}
