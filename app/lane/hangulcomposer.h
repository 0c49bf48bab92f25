#pragma once

#include <QString>

namespace lane::app {

/// Builds Hangul syllables from the jamo keys of a two-set (2-beolsik) on-screen keyboard:
/// ㄱ ㅏ ㄴ -> 간, a following vowel takes the final consonant into the next syllable
/// (간 + ㅏ -> 가나), compound vowels and finals combine (ㅗ+ㅏ -> ㅘ, ㄹ+ㄱ -> ㄺ).
/// Any other character (Latin, digits, space) ends the syllable and is appended as is.
class HangulComposer
{
public:
    /// One key: a compatibility jamo (U+3131..U+3163) or any other character.
    void press(QChar key);
    /// Removes the last jamo of the syllable being composed, else the last character.
    void backspace();
    void clear();
    /// The committed text plus the syllable being composed.
    QString text() const;

private:
    void commit();

    QString m_committed;
    int m_cho = -1;  // index into the initial consonants, -1 none
    int m_jung = -1; // index into the vowels, -1 none
    int m_jong = 0;  // index into the finals, 0 none
};

} // namespace lane::app
