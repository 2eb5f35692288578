#include "CataloguePickDialog.h"

#include "core/dsa/ProblemModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CataloguePickDialog::CataloguePickDialog(const QVector<Problem>& catalogue,
                                         const QSet<QString>& loggedKeys, QWidget* parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_list(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Pick from the catalogue"));
    setObjectName(QStringLiteral("cataloguePickDialog"));
    m_list->setObjectName(QStringLiteral("catalogueComboBox"));
    m_list->setAccessibleName(tr("Catalogue"));
    m_list->addItem(tr("NeetCode 150"), QStringLiteral("neetcode150"));
    m_list->addItem(tr("Blind 75"), QStringLiteral("blind75"));
    m_search->setObjectName(QStringLiteral("catalogueSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search titles and patterns"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the catalogue"));
    m_tree->setObjectName(QStringLiteral("catalogueTreeWidget"));
    m_tree->setAccessibleName(tr("Catalogue problems"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Problem"), tr("Pattern"), tr("Difficulty")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_count->setObjectName(QStringLiteral("catalogueCountLabel"));

    for (int i = 0; i < m_catalogue.size(); ++i) {
        const Problem& p = m_catalogue[i];
        auto* item = new QTreeWidgetItem(m_tree, {p.title, p.topics.join(QStringLiteral(", ")),
                                                  ProblemModel::difficultyName(p.difficulty)});
        item->setData(0, Qt::UserRole, i);
        const bool logged =
            loggedKeys.contains(p.slug) || loggedKeys.contains(Problem::slugify(p.title));
        item->setCheckState(0, Qt::Unchecked);
        if (logged) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(0, tr("Already in your log"));
        }
    }
    auto* checkAll = new QPushButton(tr("&Check all shown"), this);
    checkAll->setObjectName(QStringLiteral("checkAllPushButton"));
    connect(checkAll, &QPushButton::clicked, this, &CataloguePickDialog::checkShown);

    auto* top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addWidget(m_search, 1);
    top->addWidget(checkAll);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to my log"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_list, &QComboBox::currentIndexChanged, this, &CataloguePickDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &CataloguePickDialog::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, &CataloguePickDialog::updateCount);
    applyFilter();
    resize(sizeHint().expandedTo(QSize(640, 480)));
}

void CataloguePickDialog::applyFilter()
{
    const QString list = m_list->currentData().toString();
    const QString search = m_search->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const Problem& p = m_catalogue[item->data(0, Qt::UserRole).toInt()];
        const bool inList = p.catalogues.contains(list);
        const bool found = search.isEmpty() || p.title.contains(search, Qt::CaseInsensitive) ||
                           p.topics.join(u' ').contains(search, Qt::CaseInsensitive);
        item->setHidden(!inList || !found);
    }
    updateCount();
}

void CataloguePickDialog::checkShown()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (!item->isHidden() && (item->flags() & Qt::ItemIsEnabled))
            item->setCheckState(0, Qt::Checked);
    }
}

void CataloguePickDialog::updateCount()
{
    m_count->setText(tr("%n problem(s) chosen", "", int(chosen().size())));
}

QVector<Problem> CataloguePickDialog::chosen() const
{
    QVector<Problem> result;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
            result.append(m_catalogue[item->data(0, Qt::UserRole).toInt()]);
    }
    return result;
}
