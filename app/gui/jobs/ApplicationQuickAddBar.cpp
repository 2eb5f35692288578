#include "ApplicationQuickAddBar.h"

#include "core/Workspace.h"
#include "core/jobs/AddApplicationCommand.h"
#include "core/jobs/ApplicationModel.h"
#include "core/jobs/ApplicationQuickAdd.h"
#include "core/jobs/ApplicationStore.h"
#include "core/jobs/DuplicateFinder.h"
#include "core/jobs/JobSettings.h"
#include "core/storage/EditStack.h"
#include "gui/common/LineEditUndoFilter.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace {
QString childName(const QString& prefix, const QString& name)
{
    if (prefix.isEmpty())
        return name;
    return prefix + name.left(1).toUpper() + name.mid(1);
}
} // namespace

ApplicationQuickAddBar::ApplicationQuickAddBar(Workspace& workspace, const QString& namePrefix,
                                               QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_company(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    m_company->setObjectName(childName(namePrefix, QStringLiteral("companyLineEdit")));
    m_company->setPlaceholderText(tr("Company"));
    m_company->setAccessibleName(tr("Company"));
    m_role->setObjectName(childName(namePrefix, QStringLiteral("roleLineEdit")));
    m_role->setPlaceholderText(tr("Role, e.g. Backend Developer (Python)"));
    m_role->setAccessibleName(tr("Role"));
    m_source->setObjectName(childName(namePrefix, QStringLiteral("sourceComboBox")));
    m_source->setEditable(true);
    m_source->setAccessibleName(tr("Source"));
    auto* addButton = new QPushButton(tr("Add"), this);
    addButton->setObjectName(childName(namePrefix, QStringLiteral("addApplicationButton")));
    m_hint->setObjectName(childName(namePrefix, QStringLiteral("applicationHintLabel")));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    // Reserve the hint's line: showing a warning must not move what is below.
    QSizePolicy policy = m_hint->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_hint->setSizePolicy(policy);
    m_hint->hide();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_company, 0, 0);
    layout->addWidget(m_role, 0, 1);
    layout->addWidget(m_source, 0, 2);
    layout->addWidget(addButton, 0, 3);
    layout->addWidget(m_hint, 1, 0, 1, 4);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(2, 1);

    setSources(JobSettings::sources(m_ws.settings()));
    LineEditUndoFilter::install(m_company);
    LineEditUndoFilter::install(m_role);
    connect(addButton, &QPushButton::clicked, this, &ApplicationQuickAddBar::add);
    connect(m_company, &QLineEdit::returnPressed, this, &ApplicationQuickAddBar::add);
    connect(m_role, &QLineEdit::returnPressed, this, &ApplicationQuickAddBar::add);
    connect(m_company, &QLineEdit::textChanged, this, &ApplicationQuickAddBar::warnIfDuplicate);
    connect(m_role, &QLineEdit::textChanged, this, &ApplicationQuickAddBar::warnIfDuplicate);
}

void ApplicationQuickAddBar::focusCompany()
{
    m_company->setFocus(Qt::ShortcutFocusReason);
}

void ApplicationQuickAddBar::setSources(const QStringList& sources)
{
    const QString typed = m_source->currentText();
    m_source->clear();
    m_source->addItems(sources);
    if (!typed.isEmpty())
        m_source->setCurrentText(typed);
}

void ApplicationQuickAddBar::showHint(const QString& text, bool duplicate)
{
    m_hint->setText(text);
    m_hint->setProperty("duplicate", duplicate);
    m_hint->show();
}

void ApplicationQuickAddBar::warnIfDuplicate()
{
    const QString company = m_company->text().simplified();
    const QString role = m_role->text().simplified();
    if (company.isEmpty() || role.isEmpty()) {
        if (m_hint->property("duplicate").toBool())
            m_hint->hide();
        return;
    }
    const ApplicationModel& model = m_ws.applicationModel();
    const int days = JobSettings::duplicateDays(m_ws.settings());
    const Application found =
        DuplicateFinder::findRecent(model.applications(), company, role, model.today(), days);
    if (found.id == 0) {
        m_hint->setProperty("duplicate", false);
        m_hint->hide();
        return;
    }
    const QDate when = found.appliedOn.isValid() ? found.appliedOn : found.stageSince;
    showHint(tr("Already applied: %1 — %2 on %3 (%4). Enter adds it again.")
                 .arg(found.company, found.role, QLocale().toString(when, QLocale::ShortFormat),
                      Application::stageName(found.stage)),
             true);
}

void ApplicationQuickAddBar::add()
{
    const QString company = m_company->text().simplified();
    const QString role = m_role->text().simplified();
    if (company.isEmpty() || role.isEmpty()) {
        showHint(tr("Type both the company and the role."), false);
        (company.isEmpty() ? m_company : m_role)->setFocus();
        return;
    }
    const Application a = ApplicationQuickAdd::make(company, role, m_source->currentText(),
                                                    m_ws.applicationModel().today());
    auto* command = new AddApplicationCommand(m_ws.applications(), a);
    // The window's status bar says what was added and that Ctrl+Z undoes it,
    // or why it was not saved; then the typed lines stay for another try.
    if (!m_ws.undoStack().push(command))
        return;
    const qint64 id = command->applicationId();
    // setText, unlike clear(), leaves no undo step in the lines.
    m_company->setText(QString());
    m_role->setText(QString());
    m_hint->setProperty("duplicate", false);
    m_hint->clear();
    m_hint->hide();
    m_company->setFocus();
    emit added(id);
}
