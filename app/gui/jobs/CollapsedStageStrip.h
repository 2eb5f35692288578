#pragma once

#include <QAbstractButton>

// A closed stage folded away on the board: a thin vertical strip that reads
// "Rejected (214)" bottom to top. Clicking it opens the column again.
class CollapsedStageStrip : public QAbstractButton
{
    Q_OBJECT
public:
    explicit CollapsedStageStrip(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};
