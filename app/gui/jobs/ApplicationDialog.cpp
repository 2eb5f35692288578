#include "ApplicationDialog.h"

#include "core/jobs/JobSettings.h"
#include "gui/common/StatusPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
// A QDateEdit cannot be empty; its minimum date stands for "not set".
const QDate noDate(2000, 1, 1);

QDateEdit* dateEdit(const QDate& value, const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QCoreApplication::translate("ApplicationDialog", "not set"));
    edit->setDate(value.isValid() ? value : noDate);
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

QDoubleSpinBox* lpaBox(double value, const QString& name, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 500);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(QCoreApplication::translate("ApplicationDialog", " LPA"));
    box->setSpecialValueText(QCoreApplication::translate("ApplicationDialog", "not given"));
    box->setValue(value);
    return box;
}

QTableWidget* table(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ApplicationDialog::ApplicationDialog(const ApplicationRecord& record, const SettingsStore& settings,
                                     const QStringList& stageOrder, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_settings(settings)
    , m_order(stageOrder)
{
    setObjectName(QStringLiteral("applicationDialog"));
    setWindowTitle(record.application.company.isEmpty()
                       ? tr("Application")
                       : tr("%1 — %2").arg(record.application.company, record.application.role));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("applicationDialogTabWidget"));
    tabs->addTab(detailsPage(), tr("&Details"));
    tabs->addTab(offerPage(), tr("&Salary and offer"));
    tabs->addTab(contactsPage(), tr("&Contacts"));
    tabs->addTab(roundsPage(), tr("&Interviews"));
    tabs->addTab(historyPage(), tr("&History"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_company->text().trimmed().isEmpty()) {
            m_company->setFocus();
            m_company->setPlaceholderText(tr("A company is needed"));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    // Wide enough for every tab's title and a job link.
    resize(fontMetrics().averageCharWidth() * 96, sizeHint().height());
}

QWidget* ApplicationDialog::detailsPage()
{
    const Application& a = m_record.application;
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_company = new QLineEdit(a.company, page);
    m_company->setObjectName(QStringLiteral("detailCompanyLineEdit"));
    m_role = new QLineEdit(a.role, page);
    m_role->setObjectName(QStringLiteral("detailRoleLineEdit"));
    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("companyTypeComboBox"));
    for (const QString& t : Application::companyTypes())
        m_type->addItem(Application::companyTypeName(t), t);
    m_type->setCurrentIndex(std::max(0, m_type->findData(a.companyType)));
    m_source = new QComboBox(page);
    m_source->setObjectName(QStringLiteral("detailSourceComboBox"));
    m_source->setEditable(true);
    m_source->addItems(JobSettings::sources(m_settings));
    m_source->setCurrentText(a.source);
    m_stage = new QComboBox(page);
    m_stage->setObjectName(QStringLiteral("stageComboBox"));
    for (const QString& s : m_order)
        m_stage->addItem(Application::stageName(s), s);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(a.stage)));
    m_location = new QLineEdit(a.location, page);
    m_location->setObjectName(QStringLiteral("locationLineEdit"));
    m_remote = new QCheckBox(tr("Remote"), page);
    m_remote->setObjectName(QStringLiteral("remoteCheckBox"));
    m_remote->setChecked(a.remote);
    auto* where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(m_remote);
    m_link = new QLineEdit(a.link, page);
    m_link->setObjectName(QStringLiteral("linkLineEdit"));
    m_link->setPlaceholderText(tr("https://…"));
    m_applied = dateEdit(a.appliedOn, QStringLiteral("appliedDateEdit"), page);
    m_followUp = dateEdit(a.followUpOn, QStringLiteral("followUpDateEdit"), page);
    m_followUp->setToolTip(tr("Leave unset to follow up the set number of days after applying."));
    m_skills = new QLineEdit(a.skillsAsked, page);
    m_skills->setObjectName(QStringLiteral("skillsLineEdit"));
    m_skills->setPlaceholderText(tr("Python, Django, SQL"));
    m_description = new QPlainTextEdit(a.description, page);
    m_description->setObjectName(QStringLiteral("descriptionPlainTextEdit"));
    m_description->setTabChangesFocus(true);
    m_notes = new QPlainTextEdit(a.notes, page);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Company &type:"), m_type);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("S&tage:"), m_stage);
    // A row holding a layout gets no buddy by itself; without one "&" shows literally.
    auto* locationLabel = new QLabel(tr("&Location:"), page);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, where);
    form->addRow(tr("Job &link:"), m_link);
    form->addRow(tr("&Applied on:"), m_applied);
    form->addRow(tr("&Follow up on:"), m_followUp);
    form->addRow(tr("S&kills asked:"), m_skills);
    form->addRow(tr("Job &description:"), m_description);
    form->addRow(tr("&Notes:"), m_notes);
    return page;
}

QWidget* ApplicationDialog::offerPage()
{
    const Application& a = m_record.application;
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_advertised = lpaBox(a.salaryAdvertised, QStringLiteral("advertisedSpinBox"), page);
    m_expected = lpaBox(a.salaryExpected, QStringLiteral("expectedSpinBox"), page);
    m_offered = lpaBox(a.salaryOffered, QStringLiteral("offeredSpinBox"), page);
    m_band = new QLabel(page);
    m_band->setObjectName(QStringLiteral("salaryBandLabel"));
    m_band->setWordWrap(true);
    form->addRow(tr("Ad&vertised:"), m_advertised);
    form->addRow(tr("&Expected:"), m_expected);
    form->addRow(tr("&Offered:"), m_offered);
    form->addRow(tr("Plan's band:"), m_band);
    for (QDoubleSpinBox* box : {m_advertised, m_expected, m_offered})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ApplicationDialog::updateBand);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ApplicationDialog::updateBand);
    updateBand();
    return page;
}

void ApplicationDialog::updateBand()
{
    const QString type = m_type->currentData().toString();
    const SalaryBand band = JobSettings::band(m_settings, type);
    if (!band.isValid()) {
        m_band->setText(tr("No band for this company type; choose service, startup or product."));
        return;
    }
    const double offered = m_offered->value();
    const double shown = offered > 0 ? offered : m_expected->value();
    QString verdict;
    QColor colour = palette().text().color();
    switch (band.verdict(shown)) {
    case SalaryBand::Below:
        verdict = tr("below the band");
        colour = StatusPalette::overdue();
        break;
    case SalaryBand::Within:
        verdict = tr("within the band");
        colour = StatusPalette::done();
        break;
    case SalaryBand::Above:
        verdict = tr("above the band");
        colour = StatusPalette::inProgress();
        break;
    case SalaryBand::Unknown:
        break;
    }
    QString text = tr("%1 for %2 companies").arg(band.text(), Application::companyTypeName(type));
    if (!verdict.isEmpty())
        text += QStringLiteral(" — ") + (offered > 0 ? tr("the offer is %1").arg(verdict)
                                                     : tr("your expectation is %1").arg(verdict));
    m_band->setText(text);
    QPalette pal = m_band->palette();
    pal.setColor(QPalette::WindowText, colour);
    m_band->setPalette(pal);
}

QWidget* ApplicationDialog::contactsPage()
{
    auto* page = new QWidget(this);
    m_contacts = table({tr("Name"), tr("Role"), tr("Email"), tr("Phone")},
                       QStringLiteral("contactsTableWidget"), page);
    for (const Contact& c : std::as_const(m_record.contacts)) {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        const QStringList values = {c.name, c.role, c.email, c.phone};
        for (int col = 0; col < values.size(); ++col)
            m_contacts->setItem(row, col, new QTableWidgetItem(values[col]));
    }
    auto* add = new QPushButton(tr("Add contact"), page);
    add->setObjectName(QStringLiteral("addContactButton"));
    auto* remove = new QPushButton(tr("Remove"), page);
    remove->setObjectName(QStringLiteral("removeContactButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        m_contacts->setCurrentCell(row, 0);
        m_contacts->editItem(m_contacts->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_contacts->removeRow(m_contacts->currentRow()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_contacts);
    layout->addLayout(buttons);
    return page;
}

QWidget* ApplicationDialog::roundsPage()
{
    auto* page = new QWidget(this);
    m_rounds =
        table({tr("Kind"), tr("Date"), tr("Time"), tr("Outcome"), tr("Notes"), tr("Weak topics")},
              QStringLiteral("roundsTableWidget"), page);
    // Six columns fit the dialog without scrolling: the time is narrow, and
    // the two text columns share what is left.
    QHeaderView* header = m_rounds->horizontalHeader();
    header->resizeSection(2, fontMetrics().horizontalAdvance(tr("no time")) +
                                 fontMetrics().averageCharWidth() * 6);
    header->setSectionResizeMode(4, QHeaderView::Stretch);
    header->setSectionResizeMode(5, QHeaderView::Stretch);
    for (const InterviewRound& r : std::as_const(m_record.rounds))
        addRound(r);
    auto* add = new QPushButton(tr("Add round"), page);
    add->setObjectName(QStringLiteral("addRoundButton"));
    auto* remove = new QPushButton(tr("Remove"), page);
    remove->setObjectName(QStringLiteral("removeRoundButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        InterviewRound r;
        r.date = QDate::currentDate();
        addRound(r);
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_rounds->removeRow(m_rounds->currentRow()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_rounds);
    layout->addLayout(buttons);
    return page;
}

void ApplicationDialog::addRound(const InterviewRound& r)
{
    const int row = m_rounds->rowCount();
    m_rounds->insertRow(row);
    auto* kind = new QComboBox(m_rounds);
    for (const QString& k : InterviewRound::kinds())
        kind->addItem(InterviewRound::kindName(k), k);
    kind->setCurrentIndex(std::max(0, kind->findData(r.kind)));
    m_rounds->setCellWidget(row, 0, kind);
    m_rounds->setCellWidget(row, 1, dateEdit(r.date, QStringLiteral("roundDateEdit"), m_rounds));
    // 00:00 stands for "no time": the round is for the day, an all-day event.
    auto* time = new QTimeEdit(m_rounds);
    time->setObjectName(QStringLiteral("roundTimeEdit"));
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    time->setMinimumTime(QTime(0, 0));
    time->setSpecialValueText(tr("no time"));
    time->setTime(r.time.isValid() ? r.time : QTime(0, 0));
    m_rounds->setCellWidget(row, 2, time);
    auto* outcome = new QComboBox(m_rounds);
    for (const QString& o : InterviewRound::outcomes())
        outcome->addItem(InterviewRound::outcomeName(o), o);
    outcome->setCurrentIndex(std::max(0, outcome->findData(r.outcome)));
    m_rounds->setCellWidget(row, 3, outcome);
    m_rounds->setItem(row, 4, new QTableWidgetItem(r.notes));
    m_rounds->setItem(row, 5, new QTableWidgetItem(r.weakTopics));
}

QWidget* ApplicationDialog::historyPage()
{
    auto* list = new QListWidget(this);
    list->setObjectName(QStringLiteral("historyListWidget"));
    const QLocale locale;
    for (const StageEvent& e : std::as_const(m_record.history)) {
        const QString when = locale.toString(e.changedOn, QLocale::ShortFormat);
        list->addItem(e.fromStage.isEmpty()
                          ? tr("%1 · added in %2").arg(when, Application::stageName(e.toStage))
                          : tr("%1 · %2 → %3")
                                .arg(when, Application::stageName(e.fromStage),
                                     Application::stageName(e.toStage)));
    }
    if (m_record.history.isEmpty())
        list->addItem(tr("No stage changes yet."));
    return list;
}

QString ApplicationDialog::stage() const
{
    return m_stage->currentData().toString();
}

ApplicationRecord ApplicationDialog::record() const
{
    ApplicationRecord r = m_record;
    Application& a = r.application;
    a.company = m_company->text().simplified();
    a.role = m_role->text().simplified();
    a.companyType = m_type->currentData().toString();
    a.source = m_source->currentText().simplified();
    a.location = m_location->text().simplified();
    a.remote = m_remote->isChecked();
    a.link = m_link->text().trimmed();
    a.appliedOn = dateOf(m_applied);
    a.followUpOn = dateOf(m_followUp);
    a.skillsAsked = m_skills->text().trimmed();
    a.description = m_description->toPlainText();
    a.notes = m_notes->toPlainText();
    a.salaryAdvertised = m_advertised->value();
    a.salaryExpected = m_expected->value();
    a.salaryOffered = m_offered->value();
    r.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const Contact c{cell(m_contacts, row, 0), cell(m_contacts, row, 1),
                        cell(m_contacts, row, 2), cell(m_contacts, row, 3)};
        if (!c.name.isEmpty() || !c.email.isEmpty() || !c.phone.isEmpty())
            r.contacts.append(c);
    }
    r.rounds.clear();
    for (int row = 0; row < m_rounds->rowCount(); ++row) {
        InterviewRound round;
        round.kind =
            qobject_cast<QComboBox*>(m_rounds->cellWidget(row, 0))->currentData().toString();
        round.date = dateOf(qobject_cast<QDateEdit*>(m_rounds->cellWidget(row, 1)));
        const QTime time = qobject_cast<QTimeEdit*>(m_rounds->cellWidget(row, 2))->time();
        round.time = time == QTime(0, 0) ? QTime() : time;
        round.outcome =
            qobject_cast<QComboBox*>(m_rounds->cellWidget(row, 3))->currentData().toString();
        round.notes = cell(m_rounds, row, 4);
        round.weakTopics = cell(m_rounds, row, 5);
        r.rounds.append(round);
    }
    return r;
}
