#include "ProblemFilterBar.h"

#include "core/dsa/ProblemFilterProxy.h"
#include "core/dsa/ProblemModel.h"
#include "core/dsa/TopicStore.h"
#include "gui/dsa/DsaTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLineEdit>
#include <algorithm>

// The strings were written in DsaTab and keep its translation context (DsaTab::tr).
namespace {
QComboBox* filterCombo(const QString& objectName, const QString& accessible, const QString& all,
                       QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessible);
    combo->addItem(all, -1);
    return combo;
}
} // namespace

ProblemFilterBar::ProblemFilterBar(ProblemFilterProxy* proxy, TopicStore& topics, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_topics(topics)
    , m_search(new QLineEdit(this))
    , m_topicFilter(filterCombo(QStringLiteral("topicFilterComboBox"), DsaTab::tr("Topic filter"),
                                DsaTab::tr("All topics"), this))
    , m_difficultyFilter(filterCombo(QStringLiteral("difficultyFilterComboBox"),
                                     DsaTab::tr("Difficulty filter"),
                                     DsaTab::tr("All difficulties"), this))
    , m_statusFilter(filterCombo(QStringLiteral("statusFilterComboBox"),
                                 DsaTab::tr("Status filter"), DsaTab::tr("All statuses"), this))
    , m_dueFilter(new QCheckBox(DsaTab::tr("Due for review"), this))
{
    m_search->setObjectName(QStringLiteral("problemSearchLineEdit"));
    m_search->setPlaceholderText(DsaTab::tr("Search titles, topics, companies, tags"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(DsaTab::tr("Search problems"));
    for (const auto d : Problem::Difficulties)
        m_difficultyFilter->addItem(ProblemModel::difficultyName(d), int(d));
    for (const auto s : Problem::Statuses)
        m_statusFilter->addItem(ProblemModel::statusName(s), int(s));
    m_dueFilter->setObjectName(QStringLiteral("dueFilterCheckBox"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_topicFilter, 1);
    layout->addWidget(m_difficultyFilter);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_dueFilter);
    for (QComboBox* combo : {m_topicFilter, m_difficultyFilter, m_statusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProblemFilterBar::applyFilters);
    connect(m_dueFilter, &QCheckBox::toggled, this, &ProblemFilterBar::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ProblemFilterProxy::setSearchText);
    refreshTopics();
}

void ProblemFilterBar::showTopic(const QString& topic)
{
    const int at = m_topicFilter->findText(topic);
    if (at >= 0)
        m_topicFilter->setCurrentIndex(at);
}

void ProblemFilterBar::refreshTopics()
{
    const QString current =
        m_topicFilter->currentIndex() > 0 ? m_topicFilter->currentText() : QString();
    QStringList names = m_topics.names();
    const QSignalBlocker block(m_topicFilter);
    while (m_topicFilter->count() > 1)
        m_topicFilter->removeItem(1);
    for (const QString& name : names)
        m_topicFilter->addItem(name, 0);
    const int at = current.isEmpty() ? 0 : m_topicFilter->findText(current);
    m_topicFilter->setCurrentIndex(std::max(0, at));
}

void ProblemFilterBar::applyFilters()
{
    m_proxy->setTopic(m_topicFilter->currentIndex() > 0 ? m_topicFilter->currentText() : QString());
    m_proxy->setDifficulty(m_difficultyFilter->currentData().toInt());
    m_proxy->setStatus(m_statusFilter->currentData().toInt());
    m_proxy->setDueBy(m_dueFilter->isChecked() ? QDate::currentDate() : QDate());
}
