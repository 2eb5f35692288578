#include "NodeEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

NodeEditDialog::NodeEditDialog(const RoadmapNode& node, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(node.title, this))
    , m_status(new QComboBox(this))
    , m_dated(new QCheckBox(tr("Has dates"), this))
    , m_start(new QDateEdit(this))
    , m_due(new QDateEdit(this))
    , m_notes(new QPlainTextEdit(node.notes, this))
{
    setObjectName(QStringLiteral("nodeEditDialog"));
    setWindowTitle(node.isItem() ? tr("Edit Item") : tr("Edit Heading"));
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->addItem(tr("To do"), int(RoadmapNode::Status::Todo));
    m_status->addItem(tr("In progress"), int(RoadmapNode::Status::Doing));
    m_status->addItem(tr("Done"), int(RoadmapNode::Status::Done));
    m_status->addItem(tr("Skipped"), int(RoadmapNode::Status::Skipped));
    m_status->setCurrentIndex(m_status->findData(int(node.status)));
    m_status->setEnabled(node.isItem());
    const QDate fallback = QDate::currentDate();
    for (QDateEdit* edit : {m_start, m_due}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    m_start->setDate(node.startDate.isValid() ? node.startDate : fallback);
    m_due->setDate(node.dueDate.isValid() ? node.dueDate : fallback.addDays(6));
    m_dated->setChecked(node.startDate.isValid());
    m_start->setEnabled(m_dated->isChecked());
    m_due->setEnabled(m_dated->isChecked());
    connect(m_dated, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_dated, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    // A due date before the start makes no sense; keep them in order.
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_due->date() < d)
            m_due->setDate(d);
    });
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setPlaceholderText(tr("Notes in Markdown: links, lists, code…"));
    m_notes->setTabChangesFocus(true);

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dated);
    dates->addWidget(m_start);
    dates->addWidget(m_due);
    dates->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Dates:"), dates);
    form->addRow(tr("&Notes:"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString NodeEditDialog::title() const
{
    return m_title->text().simplified();
}

RoadmapNode::Status NodeEditDialog::status() const
{
    return RoadmapNode::Status(m_status->currentData().toInt());
}

QDate NodeEditDialog::startDate() const
{
    return m_dated->isChecked() ? m_start->date() : QDate();
}

QDate NodeEditDialog::dueDate() const
{
    return m_dated->isChecked() ? m_due->date() : QDate();
}

QString NodeEditDialog::notes() const
{
    return m_notes->toPlainText();
}
