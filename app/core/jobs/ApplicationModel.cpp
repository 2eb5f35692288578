#include "ApplicationModel.h"

#include "core/jobs/ApplicationStore.h"

#include <QAbstractProxyModel>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QTimer>

ApplicationModel::ApplicationModel(ApplicationStore& store, QObject* parent)
    : ApplicationModel(store, store.loadAll(), parent)
{}

ApplicationModel::ApplicationModel(ApplicationStore& store, QVector<Application> rows,
                                   QObject* parent)
    : IdTableModel<Application>(parent)
    , m_store(store)
    , m_today([] { return QDate::currentDate(); })
    , m_order(Application::stageKeys())
{
    connect(&m_store, &ApplicationStore::rowsInserted, this, &ApplicationModel::update);
    connect(&m_store, &ApplicationStore::rowsChanged, this, &ApplicationModel::update);
    connect(&m_store, &ApplicationStore::rowsRemoved, this, &ApplicationModel::removeIds);
    connect(&m_store, &ApplicationStore::reset, this, &ApplicationModel::reload);
    m_todayCache = m_today();
    // A planner left open overnight shows tomorrow's days in stage and follow-ups.
    auto* clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, this, &ApplicationModel::refreshToday);
    clock->start();
    resetRows(std::move(rows));
}

void ApplicationModel::setToday(std::function<QDate()> today)
{
    m_today = std::move(today);
    refreshToday();
}

void ApplicationModel::refreshToday()
{
    const QDate now = m_today();
    if (now == m_todayCache)
        return;
    m_todayCache = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ApplicationModel::setFollowUpRule(const FollowUpRule& rule)
{
    m_followUp = rule;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ApplicationModel::setSalaryBands(const QHash<QString, SalaryBand>& bands)
{
    m_bands = bands;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ApplicationModel::setStageOrder(const QStringList& order)
{
    m_order = order;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StageColumn), index(rowCount() - 1, StageColumn));
}

void ApplicationModel::reload()
{
    resetRows(m_store.loadAll());
}

void ApplicationModel::update(const QVector<qint64>& ids)
{
    QVector<Application> fresh;
    fresh.reserve(ids.size());
    for (const qint64 id : ids) {
        Application a;
        if (m_store.load(id, &a))
            fresh.append(std::move(a));
    }
    applyRows(fresh);
}

int ApplicationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Application& a = m_rows[index.row()];
    const QDate today = m_todayCache;
    switch (role) {
    case IdRole:
        return a.id;
    case StageKeyRole:
        return a.stage;
    case CompanyTypeRole:
        return a.companyType;
    case SourceRole:
        return a.source;
    case DaysInStageRole:
        return a.stageSince.isValid() ? qint64(a.stageSince.daysTo(today)) : qint64(0);
    case FollowUpDueRole:
        return m_followUp.dueDate(a);
    case FollowUpOverdueRole:
        return m_followUp.isOverdue(a, today);
    case SearchTextRole:
        return QString(a.company + u' ' + a.role + u' ' + a.location + u' ' + a.source + u' ' +
                       a.skillsAsked + u' ' + a.notes)
            .toCaseFolded();
    case SalaryVerdictRole:
        return int(m_bands.value(a.companyType)
                       .verdict(a.salaryOffered > 0 ? a.salaryOffered : a.salaryExpected));
    case SalaryTextRole:
        return salaryText(a, false);
    default:
        break;
    }
    auto date = [role](const QDate& d) -> QVariant {
        if (role == SortRole)
            return d;
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    };
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case CompanyColumn:
            return a.company;
        case RoleColumn:
            return a.role;
        case StageColumn:
            return role == SortRole ? QVariant(int(m_order.indexOf(a.stage)))
                                    : QVariant(Application::stageName(a.stage));
        case SourceColumn:
            return a.source;
        case CompanyTypeColumn:
            return Application::companyTypeName(a.companyType);
        case LocationColumn:
            return a.remote
                       ? (a.location.isEmpty() ? tr("Remote") : tr("%1 (remote)").arg(a.location))
                       : a.location;
        case AppliedColumn:
            return date(a.appliedOn);
        case DaysInStageColumn:
            return a.stageSince.isValid() ? QVariant(qint64(a.stageSince.daysTo(today)))
                                          : QVariant();
        case FollowUpColumn:
            return date(m_followUp.dueDate(a));
        case SalaryColumn: {
            const double lpa = a.salaryOffered > 0 ? a.salaryOffered : a.salaryExpected;
            if (role == SortRole)
                return lpa;
            return lpa > 0 ? tr("%1 LPA").arg(QLocale().toString(lpa, 'g', 4)) : QString();
        }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == FollowUpColumn &&
        m_followUp.isOverdue(a, today))
        return tr("Follow-up overdue by %n day(s)", "", int(m_followUp.dueDate(a).daysTo(today)));
    if (role == Qt::ToolTipRole && index.column() == SalaryColumn)
        return salaryText(a, true);
    return {};
}

QString ApplicationModel::salaryText(const Application& a, bool withBand) const
{
    // Short enough for a card: "11 LPA · in band"; the table's tooltip adds the band.
    const bool offered = a.salaryOffered > 0;
    const double lpa = offered ? a.salaryOffered : a.salaryExpected;
    if (lpa <= 0)
        return QString();
    const QLocale locale;
    const QString text = offered ? tr("%1 LPA").arg(locale.toString(lpa, 'g', 4))
                                 : tr("%1 LPA expected").arg(locale.toString(lpa, 'g', 4));
    const SalaryBand band = m_bands.value(a.companyType);
    QString verdict;
    switch (band.verdict(lpa)) {
    case SalaryBand::Below:
        verdict = tr("below band");
        break;
    case SalaryBand::Within:
        verdict = tr("in band");
        break;
    case SalaryBand::Above:
        verdict = tr("above band");
        break;
    case SalaryBand::Unknown:
        return text;
    }
    if (withBand)
        verdict += QStringLiteral(" (") + band.text() + u')';
    return text + QStringLiteral(" · ") + verdict;
}

QVariant ApplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case RoleColumn:
        return tr("Role");
    case StageColumn:
        return tr("Stage");
    case SourceColumn:
        return tr("Source");
    case CompanyTypeColumn:
        return tr("Type");
    case LocationColumn:
        return tr("Location");
    case AppliedColumn:
        return tr("Applied");
    case DaysInStageColumn:
        return tr("Days in stage");
    case FollowUpColumn:
        return tr("Follow up");
    case SalaryColumn:
        return tr("Salary");
    }
    return {};
}

Qt::ItemFlags ApplicationModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList ApplicationModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData* ApplicationModel::mimeData(const QModelIndexList& indexes) const
{
    QVector<qint64> ids;
    for (const QModelIndex& i : indexes) {
        const qint64 id = i.data(IdRole).toLongLong();
        if (i.isValid() && !ids.contains(id))
            ids.append(id);
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto* mime = new QMimeData;
    mime->setData(MimeType, bytes);
    return mime;
}

Qt::DropActions ApplicationModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QVector<qint64> ApplicationModel::idsFromMime(const QMimeData* data)
{
    QVector<qint64> ids;
    if (!data || !data->hasFormat(MimeType))
        return ids;
    QDataStream stream(data->data(MimeType));
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QVector<qint64>();
}

const Application* ApplicationModel::applicationAt(const QModelIndex& index)
{
    QModelIndex i = index;
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(i.model()))
        i = proxy->mapToSource(i);
    const auto* model = qobject_cast<const ApplicationModel*>(i.model());
    if (!model || !i.isValid() || i.row() >= model->m_rows.size())
        return nullptr;
    return &model->m_rows[i.row()];
}
