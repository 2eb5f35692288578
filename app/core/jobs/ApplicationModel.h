#pragma once

#include "Application.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>
#include <functional>

class ApplicationStore;

// Every job application, one row each; the board and the table both show it.
class ApplicationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CompanyColumn, RoleColumn, StageColumn, SourceColumn, AppliedColumn,
                  FollowUpColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StageKeyRole, SortRole };

    explicit ApplicationModel(ApplicationStore& store, QObject* parent = nullptr);

    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    ApplicationStore& m_store;
    std::function<QDate()> m_today;
    QVector<Application> m_rows;
};
