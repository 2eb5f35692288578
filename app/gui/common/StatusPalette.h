#pragma once

#include <QColor>

// One palette for status everywhere (tree, board, charts), from the Okabe–Ito
// set so colour-blind users can tell the states apart, in light and dark mode.
namespace StatusPalette {
inline QColor done()
{
    return QColor(0x00, 0x9E, 0x73);
}
inline QColor inProgress()
{
    return QColor(0x00, 0x72, 0xB2);
}
inline QColor overdue()
{
    return QColor(0xD5, 0x5E, 0x00);
}
inline QColor warning()
{
    return QColor(0xE6, 0x9F, 0x00);
}
} // namespace StatusPalette
