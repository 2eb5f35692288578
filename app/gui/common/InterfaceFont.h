#pragma once

class QApplication;

// The application's font, told to skip OpenType shaping where the script does
// not need it. Shaping every Latin string through HarfBuzz was a quarter of
// the instructions before the first paint (Today's wrapped lists are laid
// out three or four times while the window settles); without it Latin text
// loses only GPOS kerning and ligatures, which are hard to see at interface
// sizes. Scripts that need shaping (Devanagari for Hindi, Arabic, …) are
// still shaped: Qt decides that per run of text, not per font.
namespace InterfaceFont {
void apply(QApplication& app);
}
