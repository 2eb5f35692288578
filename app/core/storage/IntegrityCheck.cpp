#include "IntegrityCheck.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {
QAtomicInt checkCounter;
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
    // A connection belongs to the thread that made it, so this one is made,
    // used and removed here. Read-only: a check never writes.
    const QString name = QStringLiteral("planner-check-%1").arg(checkCounter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QStringList problems;
        QString error;
        if (!db.open())
            problem = db.lastError().text();
        else if (!run(db, &problems, &error))
            problem = error;
        else
            problem = problems.join(QStringLiteral("; "));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Database", "%1 failed the integrity check (%2)")
        .arg(QDir::toNativeSeparators(path), problem);
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
