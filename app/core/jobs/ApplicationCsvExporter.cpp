#include "ApplicationCsvExporter.h"

#include "core/io/CsvWriter.h"

#include <QHash>

namespace {
QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString lpa(double v)
{
    return v > 0 ? QString::number(v, 'g', 6) : QString();
}
} // namespace

QByteArray ApplicationCsvExporter::applications(const QVector<Application>& applications,
                                                const QVector<StageEvent>& history)
{
    QHash<qint64, QStringList> changes;
    for (const StageEvent& e : history)
        changes[e.applicationId].append(iso(e.changedOn) + u' ' + e.toStage);
    QByteArray out = CsvWriter::byteOrderMark();
    // Headers are not translated: they are the file format the importer reads back.
    out += CsvWriter::row(
        {QStringLiteral("Company"), QStringLiteral("Role"), QStringLiteral("Company Type"),
         QStringLiteral("Source"), QStringLiteral("Stage"), QStringLiteral("Applied Date"),
         QStringLiteral("Follow Up"), QStringLiteral("Location"), QStringLiteral("Remote"),
         QStringLiteral("URL"), QStringLiteral("Salary Advertised"),
         QStringLiteral("Salary Expected"), QStringLiteral("Salary Offered"),
         QStringLiteral("Skills"), QStringLiteral("Description"), QStringLiteral("Notes"),
         QStringLiteral("Stage Since"), QStringLiteral("Stage History")});
    for (const Application& a : applications) {
        out += CsvWriter::row({a.company, a.role, a.companyType, a.source, a.stage,
                               iso(a.appliedOn), iso(a.followUpOn), a.location,
                               a.remote ? QStringLiteral("yes") : QString(), a.link,
                               lpa(a.salaryAdvertised), lpa(a.salaryExpected), lpa(a.salaryOffered),
                               a.skillsAsked, a.description, a.notes, iso(a.stageSince),
                               changes.value(a.id).join(QStringLiteral("; "))});
    }
    return out;
}

QByteArray ApplicationCsvExporter::history(const QVector<Application>& applications,
                                           const QVector<StageEvent>& history)
{
    QHash<qint64, const Application*> byId;
    for (const Application& a : applications)
        byId.insert(a.id, &a);
    QByteArray out = CsvWriter::byteOrderMark();
    out += CsvWriter::row({QStringLiteral("Application"), QStringLiteral("Company"),
                           QStringLiteral("Role"), QStringLiteral("From"), QStringLiteral("To"),
                           QStringLiteral("Date")});
    for (const StageEvent& e : history) {
        const Application* a = byId.value(e.applicationId);
        out += CsvWriter::row({QString::number(e.applicationId), a ? a->company : QString(),
                               a ? a->role : QString(), e.fromStage, e.toStage, iso(e.changedOn)});
    }
    return out;
}
