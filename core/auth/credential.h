#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace lane::core {

/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
inline constexpr int kDefaultPbkdf2Iterations = 210000;
/// Stored hashes outside these bounds are refused as malformed (and cannot stall a lane).
inline constexpr int kMinPbkdf2Iterations = 1000;
inline constexpr int kMaxPbkdf2Iterations = 10000000;
inline constexpr std::size_t kSaltBytes = 16;

/// A stored credential hash taken apart:
/// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
struct CredentialHash
{
    int iterations = 0;
    std::vector<std::uint8_t> salt;
    std::vector<std::uint8_t> hash; // 32 bytes
};

/// Hashes a PIN or badge code with a fresh 16-byte random salt.
Result<std::string> hashCredential(std::string_view secret,
                                   int iterations = kDefaultPbkdf2Iterations);

/// Hashes with a given salt. Badges use one salt per directory so a scanned badge costs
/// one PBKDF2 run to look up, not one per user (see InMemoryUserDirectory::findByBadge).
Result<std::string> hashCredentialWithSalt(std::string_view secret,
                                           const std::vector<std::uint8_t> &salt,
                                           int iterations = kDefaultPbkdf2Iterations);

/// 16 random bytes from the OpenSSL CSPRNG.
Result<std::vector<std::uint8_t>> randomSalt();

/// Parses the stored form; "auth.hash_malformed" names what is wrong.
Result<CredentialHash> parseCredentialHash(std::string_view encoded);

/// True if `secret` matches, false if not (constant-time compare); an Error if the stored
/// hash is malformed or hashing fails.
Result<bool> verifyCredential(std::string_view secret, std::string_view encoded);
/// The raw PBKDF2-HMAC-SHA256 output (32 bytes) for a secret, salt and iteration count.
Result<std::vector<std::uint8_t>>
deriveCredential(std::string_view secret, const std::vector<std::uint8_t> &salt, int iterations);
bool constantTimeEqual(const std::vector<std::uint8_t> &a, const std::vector<std::uint8_t> &b);

/// A new PIN must be 4-12 digits and not guessable: not one digit repeated, not a run
/// up or down (1234, 9876, 7890), not a repeated pair (1212).
Status checkPinStrength(std::string_view pin);

std::string base64Encode(const std::vector<std::uint8_t> &bytes);
/// Strict, canonical base64 (RFC 4648 alphabet, padded); nullopt for anything else.
std::optional<std::vector<std::uint8_t>> base64Decode(std::string_view text);

} // namespace lane::core
