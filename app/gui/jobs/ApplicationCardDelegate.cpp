#include "ApplicationCardDelegate.h"

#include "core/jobs/ApplicationModel.h"
#include "gui/common/StatusPalette.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

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

QString ApplicationCardDelegate::badgeText(const QModelIndex& index) const
{
    const QDate due = index.data(ApplicationModel::FollowUpDueRole).toDate();
    if (!due.isValid() || due > m_model.today())
        return QString();
    return QCoreApplication::translate("ApplicationCardDelegate", "Follow up");
}

QStringList ApplicationCardDelegate::twoLines(const QString& text, const QFont& font, int width,
                                              bool* elided)
{
    const QFontMetrics fm(font);
    QTextLayout layout(text, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    QStringList lines;
    if (first.isValid()) {
        first.setLineWidth(width);
        lines << text.mid(first.textStart(), first.textLength()).trimmed();
        const QString rest = text.mid(first.textStart() + first.textLength()).trimmed();
        if (!rest.isEmpty())
            lines << fm.elidedText(rest, Qt::ElideRight, width);
        if (elided)
            *elided = !rest.isEmpty() && lines.last() != rest;
    } else if (elided) {
        *elided = false;
    }
    layout.endLayout();
    return lines;
}

int ApplicationCardDelegate::textWidth(int cardWidth)
{
    return cardWidth - 2 * margin - 2 * padding;
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
    const auto line = [&](int y, int width) { return QRect(inner.left(), y, width, fm.height()); };
    int y = inner.top();
    const QColor muted = selected ? text : pal.placeholderText().color();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(
        line(y, inner.width()), Qt::AlignLeft,
        QFontMetrics(bold).elidedText(company.data().toString(), Qt::ElideRight, inner.width()));
    y += fm.height();
    painter->setFont(option.font);
    // The whole role on two lines: "Backend Developer (Payments)" is what tells cards apart.
    for (const QString& part : twoLines(role.data().toString(), option.font, inner.width())) {
        painter->drawText(line(y, inner.width()), Qt::AlignLeft, part);
        y += fm.height();
    }
    y = inner.top() + 3 * fm.height();
    int left = inner.width();
    const QString badge = badgeText(index);
    if (!badge.isEmpty()) {
        // A filled pill at the right of the last line, seen from across the board.
        const int w = std::min(fm.horizontalAdvance(badge) + 2 * halfPadding, inner.width());
        const QRectF pill(inner.right() + 1 - w, y, w, fm.height());
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, fm.height() / 2.0, fm.height() / 2.0);
        painter->fillPath(pillPath,
                          overdue ? StatusPalette::overdue() : StatusPalette::inProgress());
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter,
                          fm.elidedText(badge, Qt::ElideRight, w - 2 * halfPadding));
        left -= w + halfPadding;
    }
    painter->setPen(muted);
    painter->drawText(line(y, left), Qt::AlignLeft,
                      fm.elidedText(thirdLine(index), Qt::ElideRight, left));
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
    // A due follow-up is the badge; one still to come is read here.
    const QString followUp = badgeText(index).isEmpty() ? statusLine(index) : QString();
    return followUp.isEmpty() ? daysInStage(index)
                              : daysInStage(index) + QStringLiteral(" · ") + followUp;
}

bool ApplicationCardDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                        const QStyleOptionViewItem& option,
                                        const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // Whatever a narrow card cut, in full.
    QStringList tip{index.siblingAtColumn(ApplicationModel::CompanyColumn).data().toString(),
                    index.siblingAtColumn(ApplicationModel::RoleColumn).data().toString(),
                    daysInStage(index)};
    const QString followUp = statusLine(index);
    if (!followUp.isEmpty())
        tip << followUp;
    QToolTip::showText(event->globalPos(),
                       tip.join(u'\n').toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")),
                       view);
    return true;
}

QSize ApplicationCardDelegate::sizeHint(const QStyleOptionViewItem& option,
                                        const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    // Company, two lines of role, the last line. The list view stretches
    // cards to its width; this is only the least.
    return {fm.averageCharWidth() * 12, fm.height() * 4 + padding + margin};
}
