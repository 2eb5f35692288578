// libFuzzer target: the applications tab's quick add (company, role) and the
// "already applied" check it runs on every keystroke. The input is split at
// the first newline into the company and the role, as typed into the two lines.
// An application just added with those words is always found again, however
// the names are spelled, and one from outside the window never is.

#include "FuzzCheck.h"
#include "core/jobs/DuplicateFinder.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype cut = bytes.indexOf('\n');
    const QString company = QString::fromUtf8(cut < 0 ? bytes : bytes.left(cut)).simplified();
    const QString role = cut < 0 ? QString() : QString::fromUtf8(bytes.mid(cut + 1)).simplified();
    const QDate today(2026, 11, 26);

    const QString c = DuplicateFinder::normalizeCompany(company);
    Application recent;
    recent.id = 7;
    recent.company = company;
    recent.role = role;
    recent.appliedOn = today.addDays(-3);
    Application old = recent;
    old.id = 8;
    old.appliedOn = today.addDays(-40);
    const Application found = DuplicateFinder::findRecent({old, recent}, company.toUpper(),
                                                          QStringLiteral(" ") + role, today, 30);
    if (c.isEmpty())
        FUZZ_CHECK(found.id == 0);
    else if (DuplicateFinder::normalizeCompany(company.toUpper()) == c &&
             DuplicateFinder::normalizeRole(QStringLiteral(" ") + role) ==
                 DuplicateFinder::normalizeRole(role))
        FUZZ_CHECK(found.id == 7);
    FUZZ_CHECK(DuplicateFinder::findRecent({old}, company, role, today, 30).id == 0);
    return 0;
}
