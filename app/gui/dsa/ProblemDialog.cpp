#include "ProblemDialog.h"

#include "core/dsa/ProblemEdits.h"
#include "core/dsa/ProblemModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString outcomeName(Attempt::Outcome o)
{
    switch (o) {
    case Attempt::Outcome::Solved:
        return ProblemDialog::tr("Solved");
    case Attempt::Outcome::Partial:
        return ProblemDialog::tr("Partly");
    case Attempt::Outcome::Failed:
        return ProblemDialog::tr("Failed");
    case Attempt::Outcome::Reviewed:
        return ProblemDialog::tr("Reviewed");
    }
    return {};
}

QLineEdit* lineEdit(const QString& text, const QString& objectName, const QString& accessible,
                    QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    return edit;
}
} // namespace

ProblemDialog::ProblemDialog(const ProblemRecord& record, const QStringList& topicNames,
                             const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_today(today)
{
    const Problem& p = record.problem;
    setWindowTitle(tr("Problem — %1").arg(p.title));
    setObjectName(QStringLiteral("problemDialog"));
    m_title = lineEdit(p.title, QStringLiteral("titleLineEdit"), tr("Title"), this);
    m_link = lineEdit(p.link, QStringLiteral("linkLineEdit"), tr("Link"), this);
    m_platform = lineEdit(p.platform, QStringLiteral("platformLineEdit"), tr("Platform"), this);
    m_topics = lineEdit(p.topics.join(QStringLiteral(", ")), QStringLiteral("topicsLineEdit"),
                        tr("Topics, separated by commas"), this);
    m_topics->setPlaceholderText(tr("Comma-separated, e.g. Arrays and Strings, Two Pointers"));
    auto* completer = new QCompleter(topicNames, m_topics);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_topics->setCompleter(completer);
    m_difficulty = new QComboBox(this);
    m_difficulty->setObjectName(QStringLiteral("difficultyComboBox"));
    for (const auto d : Problem::Difficulties)
        m_difficulty->addItem(ProblemModel::difficultyName(d), int(d));
    m_difficulty->setCurrentIndex(int(p.difficulty));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (const auto s : Problem::Statuses)
        m_status->addItem(ProblemModel::statusName(s), int(s));
    m_status->setCurrentIndex(int(p.status));
    m_confidence = new QSpinBox(this);
    m_confidence->setObjectName(QStringLiteral("confidenceSpinBox"));
    m_confidence->setRange(0, 5);
    m_confidence->setSpecialValueText(tr("not rated"));
    m_confidence->setValue(p.confidence);
    m_companies = lineEdit(p.companies.join(QStringLiteral(", ")),
                           QStringLiteral("companiesLineEdit"), tr("Companies"), this);
    m_tags = lineEdit(p.tags.join(QStringLiteral(", ")), QStringLiteral("tagsLineEdit"), tr("Tags"),
                      this);
    m_notes = new QPlainTextEdit(p.notes, this);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setAccessibleName(tr("Notes (Markdown)"));
    m_notes->setPlaceholderText(tr("Notes in Markdown: the idea, the trap, the complexity…"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Link:"), m_link);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("T&opics:"), m_topics);
    form->addRow(tr("&Difficulty:"), m_difficulty);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Confidence (1–5):"), m_confidence);
    form->addRow(tr("Co&mpanies:"), m_companies);
    form->addRow(tr("Ta&gs:"), m_tags);
    // Notes are Markdown the user typed: a preview renders it; links open only on click.
    auto* notesTabs = new QTabWidget(this);
    notesTabs->setObjectName(QStringLiteral("notesTabWidget"));
    auto* preview = new QTextBrowser(this);
    preview->setObjectName(QStringLiteral("notesPreviewTextBrowser"));
    preview->setOpenExternalLinks(true);
    preview->setAccessibleName(tr("Notes preview"));
    notesTabs->addTab(m_notes, tr("Write"));
    notesTabs->addTab(preview, tr("Preview"));
    connect(notesTabs, &QTabWidget::currentChanged, this, [this, preview](int index) {
        if (index == 1)
            preview->setMarkdown(m_notes->toPlainText());
    });
    form->addRow(tr("&Notes:"), notesTabs);

    m_attempts = new QTableWidget(0, 3, this);
    m_attempts->setObjectName(QStringLiteral("attemptsTableWidget"));
    m_attempts->setAccessibleName(tr("Attempts"));
    m_attempts->setHorizontalHeaderLabels({tr("Date"), tr("Minutes"), tr("Outcome")});
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attempts->verticalHeader()->hide();
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attemptDay = new QDateEdit(today, this);
    m_attemptDay->setObjectName(QStringLiteral("attemptDateEdit"));
    m_attemptDay->setCalendarPopup(true);
    m_attemptDay->setAccessibleName(tr("Attempt date"));
    m_attemptMinutes = new QSpinBox(this);
    m_attemptMinutes->setObjectName(QStringLiteral("attemptMinutesSpinBox"));
    m_attemptMinutes->setRange(0, 600);
    m_attemptMinutes->setSuffix(tr(" min"));
    m_attemptMinutes->setAccessibleName(tr("Minutes spent"));
    m_attemptOutcome = new QComboBox(this);
    m_attemptOutcome->setObjectName(QStringLiteral("attemptOutcomeComboBox"));
    m_attemptOutcome->setAccessibleName(tr("Outcome"));
    for (const auto o :
         {Attempt::Outcome::Solved, Attempt::Outcome::Partial, Attempt::Outcome::Failed})
        m_attemptOutcome->addItem(outcomeName(o), int(o));
    auto* add = new QPushButton(tr("&Log attempt"), this);
    add->setObjectName(QStringLiteral("logAttemptPushButton"));
    auto* remove = new QPushButton(tr("&Remove attempt"), this);
    remove->setObjectName(QStringLiteral("removeAttemptPushButton"));
    connect(add, &QPushButton::clicked, this, &ProblemDialog::addAttempt);
    connect(remove, &QPushButton::clicked, this, &ProblemDialog::removeAttempt);
    auto* attemptRow = new QHBoxLayout;
    attemptRow->addWidget(m_attemptDay);
    attemptRow->addWidget(m_attemptMinutes);
    attemptRow->addWidget(m_attemptOutcome);
    attemptRow->addWidget(add);
    attemptRow->addStretch(1);
    attemptRow->addWidget(remove);
    auto* attemptsBox = new QGroupBox(tr("Attempts"), this);
    auto* attemptsLayout = new QVBoxLayout(attemptsBox);
    attemptsLayout->addWidget(m_attempts);
    attemptsLayout->addLayout(attemptRow);
    if (const Review* r = record.pendingReview()) {
        auto* next = new QLabel(tr("Next review: %1 (every %n day(s))", "", r->intervalDays)
                                    .arg(QLocale().toString(r->dueOn, QLocale::ShortFormat)),
                                this);
        next->setObjectName(QStringLiteral("nextReviewLabel"));
        attemptsLayout->addWidget(next);
    }
    fillAttempts();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 2);
    layout->addWidget(attemptsBox, 1);
    layout->addWidget(buttons);
}

void ProblemDialog::fillAttempts()
{
    m_attempts->setRowCount(int(m_record.attempts.size()));
    for (int i = 0; i < m_record.attempts.size(); ++i) {
        const Attempt& a = m_record.attempts[i];
        m_attempts->setItem(i, 0,
                            new QTableWidgetItem(QLocale().toString(a.day, QLocale::ShortFormat)));
        m_attempts->setItem(i, 1, new QTableWidgetItem(QString::number(a.minutes)));
        m_attempts->setItem(i, 2, new QTableWidgetItem(outcomeName(a.outcome)));
    }
}

void ProblemDialog::addAttempt()
{
    Attempt a;
    a.day = m_attemptDay->date();
    a.minutes = m_attemptMinutes->value();
    a.outcome = Attempt::Outcome(m_attemptOutcome->currentData().toInt());
    ProblemEdits::addAttempt(m_record, a, m_today);
    m_status->setCurrentIndex(int(m_record.problem.status));
    fillAttempts();
}

void ProblemDialog::removeAttempt()
{
    const int row = m_attempts->currentRow();
    if (row < 0 || row >= m_record.attempts.size())
        return;
    m_record.attempts.remove(row);
    fillAttempts();
}

ProblemRecord ProblemDialog::result() const
{
    ProblemRecord r = m_record;
    Problem& p = r.problem;
    const QString title = m_title->text().simplified();
    if (!title.isEmpty())
        p.title = title;
    p.link = m_link->text().trimmed();
    p.platform = m_platform->text().trimmed();
    p.topics = Problem::splitList(m_topics->text());
    p.difficulty = Problem::Difficulty(m_difficulty->currentData().toInt());
    p.confidence = m_confidence->value();
    p.companies = Problem::splitList(m_companies->text());
    p.tags = Problem::splitList(m_tags->text());
    p.notes = m_notes->toPlainText();
    const auto status = Problem::Status(m_status->currentData().toInt());
    if (status != p.status)
        ProblemEdits::setStatus(r, status, m_today);
    return r;
}
