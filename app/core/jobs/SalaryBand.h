#pragma once

#include <QString>

// The plan's expected salary range (LPA) for a company type: service 4–7,
// startup 6–12, product 8–18 by default.
struct SalaryBand
{
    double low = 0;
    double high = 0;

    enum Verdict
    {
        Unknown,
        Below,
        Within,
        Above
    };

    bool isValid() const { return high > 0 && low <= high; }
    Verdict verdict(double lpa) const;
    QString text() const;         // "6–12 LPA"
    QString settingValue() const; // "6-12"

    static SalaryBand defaultFor(const QString& companyType);
    // "6-12", "6 – 12", "6 to 12"; anything else gives the fallback.
    static SalaryBand parse(const QString& text, const SalaryBand& fallback);
};
