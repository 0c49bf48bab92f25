#include "app/lane/hangulcomposer.h"

#include <iterator>

namespace lane::app {

namespace {

// Compatibility jamo as the keys send them, in Unicode's syllable order.
const QString kCho = QStringLiteral("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ");
const QString kJung = QStringLiteral("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ");
const QString kJong = QStringLiteral(" ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ");

struct Pair
{
    char16_t first;
    char16_t second;
    char16_t combined;
};

constexpr Pair kCompoundVowels[] = {
    {u'ㅗ', u'ㅏ', u'ㅘ'}, {u'ㅗ', u'ㅐ', u'ㅙ'}, {u'ㅗ', u'ㅣ', u'ㅚ'}, {u'ㅜ', u'ㅓ', u'ㅝ'},
    {u'ㅜ', u'ㅔ', u'ㅞ'}, {u'ㅜ', u'ㅣ', u'ㅟ'}, {u'ㅡ', u'ㅣ', u'ㅢ'},
};

constexpr Pair kCompoundFinals[] = {
    {u'ㄱ', u'ㅅ', u'ㄳ'}, {u'ㄴ', u'ㅈ', u'ㄵ'}, {u'ㄴ', u'ㅎ', u'ㄶ'}, {u'ㄹ', u'ㄱ', u'ㄺ'},
    {u'ㄹ', u'ㅁ', u'ㄻ'}, {u'ㄹ', u'ㅂ', u'ㄼ'}, {u'ㄹ', u'ㅅ', u'ㄽ'}, {u'ㄹ', u'ㅌ', u'ㄾ'},
    {u'ㄹ', u'ㅍ', u'ㄿ'}, {u'ㄹ', u'ㅎ', u'ㅀ'}, {u'ㅂ', u'ㅅ', u'ㅄ'},
};

char16_t combine(const Pair *begin, const Pair *end, char16_t a, char16_t b)
{
    for (const Pair *p = begin; p != end; ++p) {
        if (p->first == a && p->second == b) {
            return p->combined;
        }
    }
    return 0;
}

const Pair *splitOf(const Pair *begin, const Pair *end, char16_t combined)
{
    for (const Pair *p = begin; p != end; ++p) {
        if (p->combined == combined) {
            return p;
        }
    }
    return nullptr;
}

} // namespace

void HangulComposer::commit()
{
    if (m_cho >= 0 && m_jung >= 0) {
        m_committed += QChar(char16_t(0xAC00 + (m_cho * 21 + m_jung) * 28 + m_jong));
    } else if (m_cho >= 0) {
        m_committed += kCho[m_cho];
    } else if (m_jung >= 0) {
        m_committed += kJung[m_jung];
    }
    m_cho = -1;
    m_jung = -1;
    m_jong = 0;
}

void HangulComposer::press(QChar key)
{
    const int cho = kCho.indexOf(key);
    const int jung = kJung.indexOf(key);
    const int jong = key == QLatin1Char(' ') ? -1 : kJong.indexOf(key);
    if (cho < 0 && jung < 0 && jong < 0) {
        commit();
        m_committed += key;
        return;
    }
    if (jung >= 0) {
        if (m_cho >= 0 && m_jung < 0) {
            m_jung = jung;
        } else if (m_cho >= 0 && m_jong == 0) {
            const char16_t c = combine(std::begin(kCompoundVowels), std::end(kCompoundVowels),
                                       kJung[m_jung].unicode(), key.unicode());
            if (c) {
                m_jung = kJung.indexOf(QChar(c));
            } else {
                commit();
                m_jung = jung; // a vowel on its own
                commit();
            }
        } else if (m_cho >= 0) {
            // The final consonant (or the second half of a compound one) starts the next
            // syllable: 간 + ㅏ -> 가나, 닭 + ㅏ -> 달가.
            const QChar final = kJong[m_jong];
            int moved = kCho.indexOf(final);
            if (const Pair *p = splitOf(std::begin(kCompoundFinals), std::end(kCompoundFinals),
                                        final.unicode())) {
                m_jong = kJong.indexOf(QChar(p->first));
                moved = kCho.indexOf(QChar(p->second));
            } else {
                m_jong = 0;
            }
            commit();
            m_cho = moved;
            m_jung = jung;
        } else {
            commit();
            m_jung = jung;
            commit();
        }
        return;
    }
    // A consonant.
    if (m_cho >= 0 && m_jung >= 0) {
        if (m_jong == 0 && jong > 0) {
            m_jong = jong;
            return;
        }
        if (m_jong > 0) {
            const char16_t c = combine(std::begin(kCompoundFinals), std::end(kCompoundFinals),
                                       kJong[m_jong].unicode(), key.unicode());
            if (c) {
                m_jong = kJong.indexOf(QChar(c));
                return;
            }
        }
    }
    commit();
    if (cho >= 0) {
        m_cho = cho;
    } else {
        m_committed += key; // a final-only compound key, kept as typed
    }
}

void HangulComposer::backspace()
{
    if (m_jong > 0) {
        const Pair *p = splitOf(std::begin(kCompoundFinals), std::end(kCompoundFinals),
                                kJong[m_jong].unicode());
        m_jong = p ? kJong.indexOf(QChar(p->first)) : 0;
    } else if (m_jung >= 0 && m_cho >= 0) {
        const Pair *p = splitOf(std::begin(kCompoundVowels), std::end(kCompoundVowels),
                                kJung[m_jung].unicode());
        m_jung = p ? kJung.indexOf(QChar(p->first)) : -1;
    } else if (m_cho >= 0 || m_jung >= 0) {
        m_cho = -1;
        m_jung = -1;
    } else if (!m_committed.isEmpty()) {
        m_committed.chop(1);
    }
}

void HangulComposer::clear()
{
    m_committed.clear();
    m_cho = -1;
    m_jung = -1;
    m_jong = 0;
}

QString HangulComposer::text() const
{
    HangulComposer copy = *this;
    copy.commit();
    return copy.m_committed;
}

} // namespace lane::app
