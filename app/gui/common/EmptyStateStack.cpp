#include "EmptyStateStack.h"

#include <QAbstractItemModel>
#include <QLabel>

EmptyStateStack::EmptyStateStack(QWidget* view, QAbstractItemModel* model, const QString& emptyText,
                                 QWidget* parent)
    : QStackedWidget(parent)
    , m_view(view)
    , m_label(new QLabel(emptyText, this))
    , m_model(model)
{
    m_label->setObjectName(QStringLiteral("emptyStateLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_label->setFont(font);
    addWidget(m_view);
    addWidget(m_label);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EmptyStateStack::update);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EmptyStateStack::update);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateStack::update);
    update();
}

bool EmptyStateStack::isShowingEmptyState() const
{
    return currentWidget() == m_label;
}

void EmptyStateStack::setEmptyText(const QString& text)
{
    m_label->setText(text);
}

void EmptyStateStack::update()
{
    setCurrentWidget(m_model->rowCount() > 0 ? m_view : static_cast<QWidget*>(m_label));
}
