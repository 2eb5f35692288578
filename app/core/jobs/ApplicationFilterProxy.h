#pragma once

#include <QSortFilterProxyModel>

// The search box and filters above the board and the table: one proxy, so
// both views always show the same applications. Reads the model's roles, not
// its display text, so filtering 20,000 rows formats no dates.
class ApplicationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ApplicationFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setSource(const QString& source);           // empty: any
    void setCompanyType(const QString& companyType); // empty: any
    void setStage(const QString& stage);             // empty: any
    void setOverdueOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    QStringList m_words;
    QString m_source;
    QString m_companyType;
    QString m_stage;
    bool m_overdueOnly = false;
};
