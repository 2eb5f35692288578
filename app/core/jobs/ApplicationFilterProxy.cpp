#include "ApplicationFilterProxy.h"

#include "core/jobs/Application.h"
#include "core/jobs/ApplicationModel.h"

ApplicationFilterProxy::ApplicationFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ApplicationModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ApplicationFilterProxy::refilter()
{
    // invalidateFilter() is the Qt 6.4 way; begin/endFilterChange need 6.9.
    invalidateFilter();
}

void ApplicationFilterProxy::setSearchText(const QString& text)
{
    // Every word must match somewhere, in any order: "razorpay backend".
    m_words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    refilter();
}

void ApplicationFilterProxy::setSource(const QString& source)
{
    m_source = source;
    refilter();
}

void ApplicationFilterProxy::setCompanyType(const QString& companyType)
{
    m_companyType = companyType;
    refilter();
}

void ApplicationFilterProxy::setStage(const QString& stage)
{
    m_stage = stage;
    refilter();
}

void ApplicationFilterProxy::setOverdueOnly(bool on)
{
    m_overdueOnly = on;
    refilter();
}

bool ApplicationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_stage.isEmpty() && i.data(ApplicationModel::StageKeyRole).toString() != m_stage)
        return false;
    if (!m_source.isEmpty() &&
        i.data(ApplicationModel::SourceRole).toString().compare(m_source, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_companyType.isEmpty() &&
        i.data(ApplicationModel::CompanyTypeRole).toString() != m_companyType)
        return false;
    if (m_overdueOnly && !i.data(ApplicationModel::FollowUpOverdueRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = i.data(ApplicationModel::SearchTextRole).toString();
    for (const QString& w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

bool ApplicationFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Names and dates are compared on the rows: sorting 20,000 rows through
    // QVariant costs half a second; the other columns keep the generic order.
    const Application* l = ApplicationModel::applicationAt(left);
    const Application* r = ApplicationModel::applicationAt(right);
    if (l && r && left.column() == ApplicationModel::CompanyColumn)
        return QString::compare(l->company, r->company, Qt::CaseInsensitive) < 0;
    if (l && r && left.column() == ApplicationModel::RoleColumn)
        return QString::compare(l->role, r->role, Qt::CaseInsensitive) < 0;
    if (l && r && left.column() == ApplicationModel::AppliedColumn)
        return l->appliedOn < r->appliedOn;
    if (l && r && left.column() == ApplicationModel::DaysInStageColumn)
        return l->stageSince > r->stageSince;
    return QSortFilterProxyModel::lessThan(left, right);
}
