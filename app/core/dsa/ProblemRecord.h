#pragma once

#include "core/dsa/Attempt.h"
#include "core/dsa/Problem.h"
#include "core/dsa/Review.h"

#include <QVector>

// A problem with its history: the unit undo commands take snapshots of, so an
// undone delete or reset brings back attempts and reviews too.
struct ProblemRecord
{
    Problem problem;
    QVector<Attempt> attempts;
    QVector<Review> reviews;

    const Review* pendingReview() const
    {
        for (const Review& r : reviews) {
            if (r.isPending())
                return &r;
        }
        return nullptr;
    }
};
