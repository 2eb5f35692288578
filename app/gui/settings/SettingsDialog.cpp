#include "SettingsDialog.h"

#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/reminders/Autostart.h"
#include "core/reminders/ReminderScheduler.h"
#include "core/reminders/ReminderStore.h"
#include "core/reminders/TraySettings.h"
#include "core/storage/Database.h"
#include "core/storage/EditStack.h"
#include "core/storage/LambdaCommand.h"
#include "core/storage/SettingsStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
QLabel* noteLabel(const QString& text, const QString& name, QWidget* parent)
{
    auto* note = new QLabel(text, parent);
    note->setObjectName(name);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

QTimeEdit* timeEdit(const QTime& time, const QString& name, const QString& accessible,
                    QWidget* parent)
{
    auto* edit = new QTimeEdit(time, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

// The reminders and quiet hours as the dialog edits them, so one undo step
// can put back the whole "before".
struct ReminderChoices
{
    QVector<Reminder> reminders;
    QTime quietFrom;
    QTime quietTo;
};

bool writeChoices(Workspace& ws, const ReminderChoices& choices)
{
    bool ok = true;
    for (const Reminder& r : choices.reminders)
        ok = ws.reminders().setSettings(r.kind, r.enabled, r.schedule) && ok;
    const auto text = [](const QTime& t) {
        return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
    };
    ok = ws.settings().setValue(ReminderScheduler::QuietFromKey, text(choices.quietFrom)) && ok;
    ok = ws.settings().setValue(ReminderScheduler::QuietToKey, text(choices.quietTo)) && ok;
    return ok;
}

ReminderChoices readChoices(Workspace& ws)
{
    ReminderChoices c;
    c.reminders = ws.reminders().loadAll();
    c.quietFrom = QTime::fromString(ws.settings().value(ReminderScheduler::QuietFromKey),
                                    QStringLiteral("HH:mm"));
    c.quietTo = QTime::fromString(ws.settings().value(ReminderScheduler::QuietToKey),
                                  QStringLiteral("HH:mm"));
    return c;
}
} // namespace

SettingsDialog::SettingsDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Language"));
    // "System" names the language it resolves to, so the user knows what
    // they get without switching.
    const QLocale system = QLocale::system();
    m_language->addItem(
        tr("System (%1)").arg(Translations::nativeName(QLocale::languageToCode(system.language()))),
        QString());
    for (const QString& code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::chosenLanguage())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), noteLabel(tr("A new language is used once Roadmap Planner restarts."),
                                      QStringLiteral("languageNoteLabel"), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_ws)
        layout->addWidget(createReminders());
    layout->addWidget(createSystem());
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QWidget* SettingsDialog::createReminders()
{
    auto* box = new QGroupBox(tr("Reminders"), this);
    box->setObjectName(QStringLiteral("remindersGroupBox"));
    // The note goes below the grid, not in a spanning cell: a grid does not give a
    // wrapped label the height of its second line, and it was cut off.
    auto* boxLayout = new QVBoxLayout(box);
    auto* grid = new QGridLayout;
    boxLayout->addLayout(grid);
    int row = 0;
    for (const Reminder& r : m_ws->reminders().loadAll()) {
        const QString key = Reminder::key(r.kind);
        ReminderRow ui{r.kind, new QCheckBox(Reminder::label(r.kind), box), nullptr,
                       timeEdit(r.schedule.time(), key + QStringLiteral("ReminderTimeEdit"),
                                tr("%1 at").arg(Reminder::label(r.kind)), box)};
        ui.enabled->setObjectName(key + QStringLiteral("ReminderCheckBox"));
        ui.enabled->setChecked(r.enabled);
        grid->addWidget(ui.enabled, row, 0);
        // The kind decides daily or weekly; a hand-edited row cannot change that.
        const ReminderSchedule standard = Reminder::defaultSchedule(r.kind);
        if (standard.repeat() == ReminderSchedule::Repeat::Weekly) {
            ui.day = new QComboBox(box);
            ui.day->setObjectName(key + QStringLiteral("ReminderDayComboBox"));
            ui.day->setAccessibleName(tr("%1 on").arg(Reminder::label(r.kind)));
            for (int day = 1; day <= 7; ++day)
                ui.day->addItem(QLocale().dayName(day), day);
            const bool weekly = r.schedule.repeat() == ReminderSchedule::Repeat::Weekly;
            ui.day->setCurrentIndex((weekly ? r.schedule : standard).dayOfWeek() - 1);
            grid->addWidget(ui.day, row, 1);
        } else {
            grid->addWidget(new QLabel(tr("every day"), box), row, 1);
        }
        grid->addWidget(ui.time, row, 2);
        connect(ui.enabled, &QCheckBox::toggled, ui.time, &QWidget::setEnabled);
        ui.time->setEnabled(r.enabled);
        m_rows.append(ui);
        ++row;
    }

    const QTime from = QTime::fromString(m_ws->settings().value(ReminderScheduler::QuietFromKey),
                                         QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(m_ws->settings().value(ReminderScheduler::QuietToKey),
                                       QStringLiteral("HH:mm"));
    m_quiet = new QCheckBox(tr("&Quiet hours from"), box);
    m_quiet->setObjectName(QStringLiteral("quietHoursCheckBox"));
    m_quiet->setChecked(from.isValid() && to.isValid() && from != to);
    m_quietFrom = timeEdit(from.isValid() ? from : QTime(22, 0),
                           QStringLiteral("quietFromTimeEdit"), tr("Quiet hours from"), box);
    m_quietTo = timeEdit(to.isValid() ? to : QTime(7, 0), QStringLiteral("quietToTimeEdit"),
                         tr("Quiet hours until"), box);
    for (QTimeEdit* edit : {m_quietFrom, m_quietTo}) {
        edit->setEnabled(m_quiet->isChecked());
        connect(m_quiet, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    // "22:00 until 07:00" reads as one span, so the two times share a cell.
    auto* span = new QHBoxLayout;
    span->addWidget(m_quietFrom);
    span->addWidget(new QLabel(tr("until"), box));
    span->addWidget(m_quietTo);
    grid->addWidget(m_quiet, row, 0);
    grid->addLayout(span, row, 1, 1, 2, Qt::AlignRight);
    boxLayout->addWidget(noteLabel(tr("Reminders due in quiet hours come when they end; missed "
                                      "reminders come once, together."),
                                   QStringLiteral("quietHoursNoteLabel"), box));
    grid->setColumnStretch(0, 1);
    return box;
}

QWidget* SettingsDialog::createSystem()
{
    auto* box = new QGroupBox(tr("Tray and start-up"), this);
    box->setObjectName(QStringLiteral("systemGroupBox"));
    auto* layout = new QVBoxLayout(box);
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    m_closeToTray = new QCheckBox(tr("&Closing the window keeps the planner in the tray"), box);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheckBox"));
    // Without a tray the option cannot apply, so it shows off rather than a
    // promise the desktop cannot keep; the saved choice is left alone.
    m_closeToTray->setChecked(tray && TraySettings::closeToTray());
    m_closeToTray->setEnabled(tray);
    layout->addWidget(m_closeToTray);
    if (!tray) {
        layout->addWidget(noteLabel(
            tr("This desktop has no system tray (some Linux desktops leave it out, or need an "
               "extension for it), so reminders appear in a bar at the top of the window and "
               "its taskbar entry asks for attention. Keep the window open or minimised to get "
               "them."),
            QStringLiteral("noTrayNoteLabel"), box));
    }
    m_autostart = new QCheckBox(tr("Start Roadmap Planner when I &log in"), box);
    m_autostart->setObjectName(QStringLiteral("autostartCheckBox"));
    m_autostart->setChecked(Autostart::isEnabled());
    m_autostart->setToolTip(Autostart::location());
    layout->addWidget(m_autostart);
    return box;
}

QString SettingsDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::applyReminders()
{
    if (!m_ws)
        return;
    const ReminderChoices before = readChoices(*m_ws);
    ReminderChoices after = before;
    for (Reminder& r : after.reminders) {
        for (const ReminderRow& ui : std::as_const(m_rows)) {
            if (ui.kind != r.kind)
                continue;
            r.enabled = ui.enabled->isChecked();
            r.schedule =
                ui.day ? ReminderSchedule::weekly(ui.day->currentData().toInt(), ui.time->time())
                       : ReminderSchedule::daily(ui.time->time());
        }
    }
    after.quietFrom = m_quiet->isChecked() ? m_quietFrom->time() : QTime();
    after.quietTo = m_quiet->isChecked() ? m_quietTo->time() : QTime();
    const auto same = [](const ReminderChoices& a, const ReminderChoices& b) {
        if (a.quietFrom != b.quietFrom || a.quietTo != b.quietTo)
            return false;
        for (int i = 0; i < a.reminders.size(); ++i) {
            if (a.reminders[i].enabled != b.reminders[i].enabled ||
                a.reminders[i].schedule.toString() != b.reminders[i].schedule.toString())
                return false;
        }
        return true;
    };
    if (same(before, after))
        return;
    Workspace& ws = *m_ws;
    ws.undoStack().push(new LambdaCommand(
        tr("Change reminders"), [&ws, after] { return writeChoices(ws, after); },
        [&ws, before] { return writeChoices(ws, before); }));
}

void SettingsDialog::applySystem()
{
    if (m_closeToTray->isEnabled())
        TraySettings::setCloseToTray(m_closeToTray->isChecked());
    // A checked box rewrites the entry every time, so an entry from an older
    // version (no --minimized) or for another file is brought up to date.
    if (!m_autostart->isChecked() && !Autostart::isEnabled())
        return;
    QString error;
    if (!Autostart::setEnabled(m_autostart->isChecked(), &error, QString(),
                               m_ws ? m_ws->database().path() : QString()))
        QMessageBox::warning(this, tr("Start at Log-in"), error);
}

bool SettingsDialog::apply()
{
    applyReminders();
    applySystem();
    const QString before = Translations::chosenLanguage();
    Translations::setChosenLanguage(selectedLanguage());
    return before != selectedLanguage();
}
