#pragma once

#include "Application.h"
#include "Contact.h"
#include "InterviewRound.h"
#include "StageEvent.h"

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
