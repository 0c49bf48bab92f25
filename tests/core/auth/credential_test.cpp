#include "core/auth/credential.h"

#include <gtest/gtest.h>

#include <regex>

namespace lane::core {
namespace {

constexpr int kFast = 1000; // tests hash with fewer iterations than production

std::vector<std::uint8_t> countingSalt()
{
    std::vector<std::uint8_t> s(16);
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = static_cast<std::uint8_t>(i);
    return s;
}

TEST(Credential, FormatIsSelfDescribing)
{
    auto h = hashCredential("4711", kFast);
    ASSERT_TRUE(h.ok()) << h.error().message;
    const std::regex format(R"(pbkdf2-sha256\$1000\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=)");
    EXPECT_TRUE(std::regex_match(*h, format)) << *h;
    auto parsed = parseCredentialHash(*h);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->iterations, 1000);
    EXPECT_EQ(parsed->salt.size(), 16u);
    EXPECT_EQ(parsed->hash.size(), 32u);
}

TEST(Credential, DefaultIterationCount)
{
    auto h = hashCredential("4711");
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(h->rfind("pbkdf2-sha256$210000$", 0), 0u) << *h;
    EXPECT_EQ(verifyCredential("4711", *h).value(), true);
}

TEST(Credential, MatchesAnIndependentPbkdf2)
{
    // Python: hashlib.pbkdf2_hmac('sha256', b'4711', bytes(range(16)), 1000), base64.
    const std::string expected = "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$"
                                 "tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA=";
    auto h = hashCredentialWithSalt("4711", countingSalt(), kFast);
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(*h, expected);
    EXPECT_EQ(verifyCredential("4711", expected).value(), true);
}

TEST(Credential, SaltIsRandomPerHash)
{
    auto a = hashCredential("4711", kFast);
    auto b = hashCredential("4711", kFast);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(*a, *b);
    EXPECT_TRUE(verifyCredential("4711", *a).value());
    EXPECT_TRUE(verifyCredential("4711", *b).value());
}

TEST(Credential, WrongSecretIsFalseNotAnError)
{
    auto h = hashCredential("4711", kFast);
    ASSERT_TRUE(h.ok());
    for (const char *wrong : {"4712", "471", "47110", "", "4711 "}) {
        auto v = verifyCredential(wrong, *h);
        ASSERT_TRUE(v.ok()) << wrong;
        EXPECT_FALSE(*v) << wrong;
    }
}

TEST(Credential, TamperedHashDoesNotVerify)
{
    const std::string good = *hashCredentialWithSalt("4711", countingSalt(), kFast);
    // Change one character in the hash, in the salt, and the iteration count.
    std::string hashChanged = good;
    hashChanged[hashChanged.size() - 3] = hashChanged[hashChanged.size() - 3] == 'A' ? 'B' : 'A';
    std::string saltChanged = good;
    saltChanged[good.find('$', 15) + 1] = 'B';
    std::string iterationsChanged = good;
    iterationsChanged.replace(good.find("1000"), 4, "1001");
    for (const auto &t : {hashChanged, saltChanged, iterationsChanged}) {
        auto v = verifyCredential("4711", t);
        ASSERT_TRUE(v.ok()) << t << ": " << v.error().message;
        EXPECT_FALSE(*v) << t;
    }
}

class MalformedHash : public ::testing::TestWithParam<const char *>
{};

TEST_P(MalformedHash, IsRefusedWithAnError)
{
    auto v = verifyCredential("4711", GetParam());
    ASSERT_FALSE(v.ok()) << GetParam();
    EXPECT_EQ(v.error().code, "auth.hash_malformed");
}

INSTANTIATE_TEST_SUITE_P(
    Table, MalformedHash,
    ::testing::Values(
        "", "4711", "pbkdf2-sha256", "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==",
        "pbkdf2-sha1$1000$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA=",
        "pbkdf2-sha256$abc$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA=",
        "pbkdf2-sha256$-5$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA=",
        "pbkdf2-sha256$01000$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA=",
        "pbkdf2-sha256$10$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA=",
        "pbkdf2-sha256$999999999$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+"
        "jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA=",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoL$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA=",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5E",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA=$"
        "x",
        "pbkdf2-sha256$1000$AAEC*wQFBgcICQoLDA0ODw==$tb1uiJF+jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsA=",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$tb1uiJF+"
        "jBjAdeUuuEJ7vAD5jXMIzVCcSA5EkkK7qsB="));

TEST(Base64, RoundTripsAndIsStrict)
{
    for (std::size_t n = 0; n < 40; ++n) {
        std::vector<std::uint8_t> bytes(n);
        for (std::size_t i = 0; i < n; ++i)
            bytes[i] = static_cast<std::uint8_t>(i * 37 + 11);
        const auto text = base64Encode(bytes);
        if (n == 0) {
            EXPECT_EQ(text, "");
            continue;
        }
        EXPECT_EQ(base64Decode(text), bytes) << text;
    }
    EXPECT_EQ(base64Encode({'M', 'a', 'n'}), "TWFu");
    EXPECT_EQ(base64Encode({'M', 'a'}), "TWE=");
    EXPECT_EQ(base64Encode({'M'}), "TQ==");
    EXPECT_FALSE(base64Decode("TWE").has_value());      // not a multiple of 4
    EXPECT_FALSE(base64Decode("T=E=").has_value());     // padding in the middle
    EXPECT_FALSE(base64Decode("TQ==TWFu").has_value()); // padding before the end
    EXPECT_FALSE(base64Decode("TR==").has_value());     // non-canonical spare bits
    EXPECT_FALSE(base64Decode("TW-u").has_value());     // URL alphabet is not accepted
    EXPECT_FALSE(base64Decode("TWF u").has_value());
}

struct PinCase
{
    const char *pin;
    const char *code; // empty: accepted
};

class PinStrength : public ::testing::TestWithParam<PinCase>
{};

TEST_P(PinStrength, Judges)
{
    auto st = checkPinStrength(GetParam().pin);
    if (std::string(GetParam().code).empty()) {
        EXPECT_TRUE(st.ok()) << GetParam().pin << ": " << st.error().message;
    } else {
        ASSERT_FALSE(st.ok()) << GetParam().pin;
        EXPECT_EQ(st.error().code, GetParam().code) << GetParam().pin;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, PinStrength,
    ::testing::Values(PinCase{"4711", ""}, PinCase{"2580", ""}, PinCase{"90210", ""},
                      PinCase{"13579", ""}, PinCase{"123456789013", ""},
                      PinCase{"123", "auth.pin_too_short"}, PinCase{"", "auth.pin_too_short"},
                      PinCase{"12a4", "auth.pin_format"},
                      PinCase{"1234567890123", "auth.pin_format"},
                      PinCase{"0000", "auth.pin_trivial"}, PinCase{"777777", "auth.pin_trivial"},
                      PinCase{"1234", "auth.pin_trivial"}, PinCase{"4321", "auth.pin_trivial"},
                      PinCase{"6789", "auth.pin_trivial"}, PinCase{"7890", "auth.pin_trivial"},
                      PinCase{"3210", "auth.pin_trivial"}, PinCase{"123456", "auth.pin_trivial"},
                      PinCase{"1212", "auth.pin_trivial"}, PinCase{"909090", "auth.pin_trivial"}));

} // namespace
} // namespace lane::core
