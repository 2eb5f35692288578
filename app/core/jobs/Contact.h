#pragma once

#include <QString>

// A person met through an application (recruiter, referrer, interviewer).
struct Contact
{
    QString name;
    QString role;
    QString email;
    QString phone;

    bool operator==(const Contact& o) const
    {
        return name == o.name && role == o.role && email == o.email && phone == o.phone;
    }
};
