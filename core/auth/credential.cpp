#include "core/auth/credential.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <charconv>

namespace lane::core {
namespace {

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr std::size_t kHashBytes = 32;
constexpr std::string_view kAlphabet
    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Error malformed(const std::string &why)
{
    return makeError("auth.hash_malformed", "stored credential hash is malformed: " + why);
}

} // namespace

std::string base64Encode(const std::vector<std::uint8_t> &bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t v = static_cast<std::uint32_t>(bytes[i]) << 16;
        if (n > 1)
            v |= static_cast<std::uint32_t>(bytes[i + 1]) << 8;
        if (n > 2)
            v |= bytes[i + 2];
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += n > 1 ? kAlphabet[(v >> 6) & 63] : '=';
        out += n > 2 ? kAlphabet[v & 63] : '=';
    }
    return out;
}

std::optional<std::vector<std::uint8_t>> base64Decode(std::string_view text)
{
    if (text.empty() || text.size() % 4 != 0)
        return std::nullopt;
    std::vector<std::uint8_t> out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        std::uint32_t v = 0;
        int pad = 0;
        for (std::size_t j = 0; j < 4; ++j) {
            const char c = text[i + j];
            if (c == '=') {
                // Padding only at the end, only in the last two places, and contiguous.
                if (!last || j < 2)
                    return std::nullopt;
                ++pad;
                v <<= 6;
                continue;
            }
            if (pad > 0)
                return std::nullopt;
            const auto pos = kAlphabet.find(c);
            if (pos == std::string_view::npos)
                return std::nullopt;
            v = (v << 6) | static_cast<std::uint32_t>(pos);
        }
        // Canonical form: the bits that padding leaves over must be zero.
        if ((pad == 1 && (v & 0xff) != 0) || (pad == 2 && (v & 0xffff) != 0))
            return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(v >> 16));
        if (pad < 2)
            out.push_back(static_cast<std::uint8_t>(v >> 8));
        if (pad < 1)
            out.push_back(static_cast<std::uint8_t>(v));
    }
    return out;
}

Result<std::vector<std::uint8_t>> randomSalt()
{
    std::vector<std::uint8_t> salt(kSaltBytes);
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1)
        return makeError("auth.hash_failed", "the random generator failed to produce a salt");
    return salt;
}

Result<std::vector<std::uint8_t>>
deriveCredential(std::string_view secret, const std::vector<std::uint8_t> &salt, int iterations)
{
    if (iterations < kMinPbkdf2Iterations || iterations > kMaxPbkdf2Iterations) {
        return makeError("auth.hash_failed", "PBKDF2 iteration count " + std::to_string(iterations)
                                                 + " is outside "
                                                 + std::to_string(kMinPbkdf2Iterations) + "-"
                                                 + std::to_string(kMaxPbkdf2Iterations));
    }
    std::vector<std::uint8_t> out(kHashBytes);
    const int ok = PKCS5_PBKDF2_HMAC(secret.data(), static_cast<int>(secret.size()), salt.data(),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(),
                                     static_cast<int>(out.size()), out.data());
    if (ok != 1)
        return makeError("auth.hash_failed", "PBKDF2-HMAC-SHA256 failed");
    return out;
}

Result<std::string> hashCredentialWithSalt(std::string_view secret,
                                           const std::vector<std::uint8_t> &salt, int iterations)
{
    if (salt.size() < kSaltBytes)
        return makeError("auth.hash_failed", "a salt needs at least 16 bytes");
    auto hash = deriveCredential(secret, salt, iterations);
    if (!hash)
        return hash.error();
    return std::string(kScheme) + "$" + std::to_string(iterations) + "$" + base64Encode(salt) + "$"
           + base64Encode(*hash);
}

Result<std::string> hashCredential(std::string_view secret, int iterations)
{
    auto salt = randomSalt();
    if (!salt)
        return salt.error();
    return hashCredentialWithSalt(secret, *salt, iterations);
}

Result<CredentialHash> parseCredentialHash(std::string_view encoded)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (parts.size() < 5) {
        const auto end = encoded.find('$', start);
        parts.push_back(encoded.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    if (parts.size() != 4)
        return malformed("expected 4 fields separated by '$', found "
                         + std::to_string(parts.size()));
    if (parts[0] != kScheme)
        return malformed("scheme '" + std::string(parts[0]) + "' is not " + std::string(kScheme));
    CredentialHash h;
    const auto it = parts[1];
    const auto [ptr, ec] = std::from_chars(it.data(), it.data() + it.size(), h.iterations);
    if (it.empty() || ec != std::errc() || ptr != it.data() + it.size() || it[0] == '0')
        return malformed("iteration count '" + std::string(it) + "' is not a number");
    if (h.iterations < kMinPbkdf2Iterations || h.iterations > kMaxPbkdf2Iterations)
        return malformed("iteration count " + std::string(it) + " is out of range");
    auto salt = base64Decode(parts[2]);
    if (!salt || salt->size() < kSaltBytes || salt->size() > 64)
        return malformed("salt is not base64 of 16 to 64 bytes");
    auto hash = base64Decode(parts[3]);
    if (!hash || hash->size() != kHashBytes)
        return malformed("hash is not base64 of 32 bytes");
    h.salt = std::move(*salt);
    h.hash = std::move(*hash);
    return h;
}

bool constantTimeEqual(const std::vector<std::uint8_t> &a, const std::vector<std::uint8_t> &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

Result<bool> verifyCredential(std::string_view secret, std::string_view encoded)
{
    auto parsed = parseCredentialHash(encoded);
    if (!parsed)
        return parsed.error();
    auto candidate = deriveCredential(secret, parsed->salt, parsed->iterations);
    if (!candidate)
        return candidate.error();
    return constantTimeEqual(*candidate, parsed->hash);
}

Status checkPinStrength(std::string_view pin)
{
    if (!std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return makeError("auth.pin_format", "a PIN has digits only");
    if (pin.size() < 4)
        return makeError("auth.pin_too_short", "a PIN needs at least 4 digits");
    if (pin.size() > 12)
        return makeError("auth.pin_format", "a PIN has at most 12 digits");
    const auto stepsAll = [&](int step) {
        for (std::size_t i = 1; i < pin.size(); ++i) {
            if ((pin[i - 1] - '0' + step + 10) % 10 != pin[i] - '0')
                return false;
        }
        return true;
    };
    if (stepsAll(0))
        return makeError("auth.pin_trivial", "a PIN must not repeat one digit");
    if (stepsAll(1) || stepsAll(-1))
        return makeError("auth.pin_trivial", "a PIN must not be a run of digits like 1234");
    bool pairRepeats = true;
    for (std::size_t i = 2; i < pin.size(); ++i)
        pairRepeats = pairRepeats && pin[i] == pin[i - 2];
    if (pairRepeats)
        return makeError("auth.pin_trivial", "a PIN must not repeat a pair of digits like 1212");
    return {};
}

} // namespace lane::core
