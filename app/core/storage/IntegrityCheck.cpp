#include "IntegrityCheck.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {
// The first lines SQLite reports are enough to say what is wrong.
constexpr int ReportedProblems = 3;
} // namespace

IntegrityCheck::IntegrityCheck(QObject* parent)
    : QObject(parent)
{}

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread)
        m_thread->wait();
}

bool IntegrityCheck::run(const QSqlDatabase& db, QStringList* problems, QString* error)
{
    problems->clear();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != QLatin1String("ok") && problems->size() < ReportedProblems)
            problems->append(row);
    }
    return true;
}

QString IntegrityCheck::checkFile(const QString& path)
{
    // Read-only and made on this thread: a check never writes, and a
    // connection belongs to the thread that opened it.
    Database db;
    if (!db.openForReading(path))
        return db.errorString();
    QStringList problems;
    QString error;
    if (!run(db.connection(), &problems, &error))
        problems = QStringList{error};
    if (problems.isEmpty())
        return {};
    return QCoreApplication::translate("Database", "%1 failed the integrity check (%2)")
        .arg(QDir::toNativeSeparators(path), problems.join(QStringLiteral("; ")));
}

void IntegrityCheck::start(const QString& path)
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    // The result crosses back by a queued call on this object, so it arrives
    // on the owner's thread, and never after this object is gone (the
    // destructor waits for the thread first).
    m_thread.reset(QThread::create([this, path] {
        const QString problem = checkFile(path);
        QMetaObject::invokeMethod(
            this, [this, problem] { emit finished(problem); }, Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

bool IntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}
