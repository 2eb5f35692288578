#pragma once

#include "core/jobs/Application.h"
#include "core/jobs/Contact.h"
#include "core/jobs/InterviewRound.h"
#include "core/jobs/StageEvent.h"

#include <QVector>

// An application with everything that hangs off it: what the detail dialog
// edits and what a delete keeps so that undo can put it back unchanged.
struct ApplicationRecord
{
    Application application;
    QVector<Contact> contacts;
    QVector<InterviewRound> rounds;
    QVector<StageEvent> history; // oldest first
};
