#include "ApplicationSettingsDialog.h"

#include "core/jobs/Application.h"
#include "core/jobs/DailyGoal.h"
#include "core/jobs/JobSettings.h"
#include "core/jobs/StageOrder.h"
#include "core/storage/SettingsStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ApplicationSettingsDialog::ApplicationSettingsDialog(const SettingsStore& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_sources(new QPlainTextEdit(this))
    , m_goalMin(new QSpinBox(this))
    , m_goalMax(new QSpinBox(this))
    , m_followUpDays(new QSpinBox(this))
    , m_stages(new QListWidget(this))
{
    setObjectName(QStringLiteral("applicationSettingsDialog"));
    setWindowTitle(tr("Application Settings"));
    m_sources->setObjectName(QStringLiteral("sourcesPlainTextEdit"));
    m_sources->setPlainText(JobSettings::sources(settings).join(u'\n'));
    m_sources->setTabChangesFocus(true);
    m_sources->setToolTip(tr("One source per line, in the order the quick-add list shows them."));
    for (QSpinBox* box : {m_goalMin, m_goalMax})
        box->setRange(1, 200);
    m_goalMin->setObjectName(QStringLiteral("goalMinSpinBox"));
    m_goalMax->setObjectName(QStringLiteral("goalMaxSpinBox"));
    m_goalMin->setValue(DailyGoal::storedMinimum(settings));
    m_goalMax->setValue(DailyGoal::storedMaximum(settings));
    m_followUpDays->setObjectName(QStringLiteral("followUpDaysSpinBox"));
    m_followUpDays->setRange(1, 90);
    m_followUpDays->setSuffix(tr(" days"));
    m_followUpDays->setValue(JobSettings::followUpDays(settings));

    auto* form = new QFormLayout;
    form->addRow(tr("&Sources:"), m_sources);
    auto* goal = new QHBoxLayout;
    goal->addWidget(m_goalMin);
    goal->addWidget(m_goalMax);
    // A row of several fields gets a label with a buddy, so its mnemonic works
    // (addRow(text, layout) would show the ampersand literally).
    auto* goalLabel = new QLabel(tr("Daily &goal (min, max):"), this);
    goalLabel->setBuddy(m_goalMin);
    form->addRow(goalLabel, goal);
    form->addRow(tr("&Follow up after:"), m_followUpDays);
    for (const QString& type :
         {QStringLiteral("service"), QStringLiteral("startup"), QStringLiteral("product")}) {
        auto* edit = new QLineEdit(JobSettings::band(settings, type).settingValue(), this);
        edit->setObjectName(type + QStringLiteral("BandLineEdit"));
        edit->setToolTip(tr("Expected salary range in LPA, for example 6-12."));
        m_bands.insert(type, edit);
        form->addRow(tr("%1 band (LPA):").arg(Application::companyTypeName(type)), edit);
    }

    m_stages->setObjectName(QStringLiteral("stageOrderListWidget"));
    for (const QString& key : StageOrder::load(settings)) {
        auto* item = new QListWidgetItem(Application::stageName(key), m_stages);
        item->setData(Qt::UserRole, key);
    }
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move &down"), this);
    connect(up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStage(1); });
    auto* stageButtons = new QVBoxLayout;
    stageButtons->addWidget(up);
    stageButtons->addWidget(down);
    stageButtons->addStretch();
    auto* stageRow = new QHBoxLayout;
    stageRow->addWidget(m_stages, 1);
    stageRow->addLayout(stageButtons);
    auto* stageLabel = new QLabel(tr("Stage &order:"), this);
    stageLabel->setBuddy(m_stages);
    form->addRow(stageLabel, stageRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ApplicationSettingsDialog::moveStage(int delta)
{
    const int row = m_stages->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_stages->count())
        return;
    QListWidgetItem* item = m_stages->takeItem(row);
    m_stages->insertItem(to, item);
    m_stages->setCurrentRow(to);
}

QMap<QString, QString> ApplicationSettingsDialog::values() const
{
    QMap<QString, QString> all;
    QStringList sources;
    for (const QString& line : m_sources->toPlainText().split(u'\n')) {
        if (!line.simplified().isEmpty())
            sources.append(line.simplified());
    }
    all.insert(JobSettings::SourcesKey, JobSettings::sourcesValue(sources));
    all.insert(SettingsStore::DailyGoalMin, QString::number(m_goalMin->value()));
    all.insert(SettingsStore::DailyGoalMax,
               QString::number(std::max(m_goalMin->value(), m_goalMax->value())));
    all.insert(JobSettings::FollowUpDaysKey, QString::number(m_followUpDays->value()));
    for (auto it = m_bands.cbegin(); it != m_bands.cend(); ++it) {
        const SalaryBand band =
            SalaryBand::parse(it.value()->text(), JobSettings::band(m_settings, it.key()));
        all.insert(JobSettings::bandKey(it.key()), band.settingValue());
    }
    QStringList order;
    for (int i = 0; i < m_stages->count(); ++i)
        order.append(m_stages->item(i)->data(Qt::UserRole).toString());
    all.insert(StageOrder::SettingKey, StageOrder::toSetting(order));

    QMap<QString, QString> changed;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (m_settings.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}
