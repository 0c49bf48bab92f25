#include "core/store/journal.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "core/base/secretfile.h"

namespace lane::core {

namespace {

void appendBigEndian(std::string &out, std::int64_t v)
{
    const auto u = static_cast<std::uint64_t>(v);
    for (int shift = 56; shift >= 0; shift -= 8) {
        out += static_cast<char>((u >> shift) & 0xff);
    }
}

void appendPrefixed(std::string &out, std::string_view s)
{
    appendBigEndian(out, static_cast<std::int64_t>(s.size()));
    out += s;
}

std::string errnoText(const std::string &path, const char *what)
{
    return path + ": " + what + ": " + std::strerror(errno);
}

} // namespace

std::string toHex(std::string_view bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += kDigits[b >> 4];
        out += kDigits[b & 0xf];
    }
    return out;
}

Result<JournalKey> JournalKey::create(const std::string &path)
{
    std::string bytes(kSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), kSize) != 1) {
        return makeError("store.key", "no randomness for the journal key");
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return makeError("store.key", errnoText(path, "cannot create journal key"));
    }
    // The umask cannot widen 0600, but make the mode explicit anyway.
    const bool ok = ::fchmod(fd, 0600) == 0
                    && ::write(fd, bytes.data(), kSize) == static_cast<ssize_t>(kSize)
                    && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok) {
        errno = savedErrno;
        return makeError("store.key", errnoText(path, "cannot write journal key"));
    }
    return JournalKey(std::move(bytes));
}

Result<JournalKey> JournalKey::load(const std::string &path)
{
    // Whoever can read the key can rewrite the journal undetected: refuse a key others can
    // read or that belongs to someone else, and say how to fix it.
    auto bytes = readSecretFile(path, "journal key", "store.key", kSize + 1);
    if (!bytes) {
        return bytes.error();
    }
    if (bytes->size() != kSize) {
        return makeError("store.key", path + ": journal key has the wrong size");
    }
    return JournalKey(std::move(*bytes));
}

std::string journalHmac(const JournalKey &key, std::string_view prevHmac, std::int64_t seq,
                        std::string_view type, std::int64_t timestampNs, std::string_view payload)
{
    std::string msg;
    msg.reserve(prevHmac.size() + payload.size() + type.size() + 48);
    appendPrefixed(msg, prevHmac);
    appendBigEndian(msg, seq);
    appendPrefixed(msg, type);
    appendBigEndian(msg, timestampNs);
    appendPrefixed(msg, payload);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLen = 0;
    HMAC(EVP_sha256(), key.bytes().data(), static_cast<int>(key.bytes().size()),
         reinterpret_cast<const unsigned char *>(msg.data()), msg.size(), out, &outLen);
    return std::string(reinterpret_cast<const char *>(out), outLen);
}

Result<JournalEntry> appendJournal(Database &db, const JournalKey &key, std::string_view type,
                                   std::int64_t timestampNs, std::string_view payload)
{
    LANE_ASSERT(db.inTransaction());
    auto head = db.prepare("SELECT journal_seq, journal_hmac FROM device_state WHERE id = 1");
    if (!head) {
        return head.error();
    }
    auto row = (*head)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError("store.corrupt", "device_state row is missing");
    }
    JournalEntry e;
    e.seq = (*head)->columnInt(0) + 1;
    const std::string prev = (*head)->columnBlob(1);
    (*head)->reset();
    e.type = std::string(type);
    e.timestampNs = timestampNs;
    e.payload = std::string(payload);
    e.hmac = journalHmac(key, prev, e.seq, e.type, e.timestampNs, e.payload);

    auto ins = db.prepare(
        "INSERT INTO journal (seq, type, timestamp_utc_ns, payload, hmac) VALUES (?, ?, ?, ?, ?)");
    if (!ins) {
        return ins.error();
    }
    Status s = (*ins)->bind(1, e.seq);
    if (s)
        s = (*ins)->bind(2, std::string_view(e.type));
    if (s)
        s = (*ins)->bind(3, e.timestampNs);
    if (s)
        s = (*ins)->bind(4, std::string_view(e.payload));
    if (s)
        s = (*ins)->bindBlob(5, e.hmac);
    if (s)
        s = (*ins)->run();
    if (!s) {
        return s.error();
    }
    auto upd = db.prepare("UPDATE device_state SET journal_seq = ?, journal_hmac = ? WHERE id = 1");
    if (!upd) {
        return upd.error();
    }
    s = (*upd)->bind(1, e.seq);
    if (s)
        s = (*upd)->bindBlob(2, e.hmac);
    if (s)
        s = (*upd)->run();
    if (!s) {
        return s.error();
    }
    return e;
}

namespace {

constexpr std::string_view kAnchorMagic = "lane-journal-anchor 2\n";

// FNV-1a 64 over the record: tells a torn anchor from a written one.
std::uint64_t fnv1a(std::string_view bytes)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::string anchorRecord(std::int64_t seq, std::string_view hmacHex)
{
    char num[24];
    std::snprintf(num, sizeof num, "%020lld", static_cast<long long>(seq));
    std::string body = std::string(num) + " " + std::string(hmacHex);
    char sum[20];
    std::snprintf(sum, sizeof sum, "%016llx", static_cast<unsigned long long>(fnv1a(body)));
    return std::string(kAnchorMagic) + body + " " + sum + "\n";
}

} // namespace

Status writeJournalAnchor(const std::string &path, std::int64_t seq, std::string_view hmac)
{
    // One fixed-size record rewritten in place: no new file, no rename and no change of
    // length, so the commit path pays one small write instead of a file replacement (a
    // rename over the old file costs a metadata update and forced block allocation).
    const std::string text = anchorRecord(seq, toHex(hmac));
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return makeError("store.anchor", errnoText(path, "cannot write journal anchor"));
    }
    const bool ok = ::pwrite(fd, text.data(), text.size(), 0) == static_cast<ssize_t>(text.size());
    const int savedErrno = errno;
    ::close(fd);
    if (!ok) {
        errno = savedErrno;
        return makeError(errno == ENOSPC ? "store.disk_full" : "store.anchor",
                         errnoText(path, "cannot write journal anchor"));
    }
    return {};
}

namespace {

struct Anchor
{
    std::int64_t seq = 0;
    std::string hmacHex;
};

std::optional<Anchor> readAnchor(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Anchor a;
    if (text.rfind(kAnchorMagic, 0) == 0) {
        // Version 2: a record whose checksum does not match is torn or edited: unreadable.
        std::istringstream body(text.substr(kAnchorMagic.size()));
        std::string sum;
        if (!(body >> a.seq >> a.hmacHex >> sum) || a.hmacHex.size() != 64
            || anchorRecord(a.seq, a.hmacHex) != text) {
            return std::nullopt;
        }
        return a;
    }
    // Version 1 (replaced by rename), as older programs wrote it until the next commit.
    std::istringstream v1(text);
    std::string magic;
    if (!std::getline(v1, magic) || magic != "lane-journal-anchor 1") {
        return std::nullopt;
    }
    if (!(v1 >> a.seq >> a.hmacHex) || a.hmacHex.size() != 64) {
        return std::nullopt;
    }
    return a;
}

} // namespace

Status catchUpJournalAnchor(Database &db, const std::string &anchorPath)
{
    const auto anchor = readAnchor(anchorPath);
    if (!anchor) {
        return {}; // verification reports it; nothing here may invent an anchor
    }
    std::optional<std::pair<std::int64_t, std::string>> head;
    auto s
        = forEachRow(db, "SELECT journal_seq, journal_hmac FROM device_state WHERE id = 1",
                     [&](const Statement &st) { head.emplace(st.columnInt(0), st.columnBlob(1)); });
    if (!s) {
        return s;
    }
    if (!head || anchor->seq + 1 != head->first) {
        return {};
    }
    // Only the crash window: the anchor names the entry just before the head, with its HMAC.
    bool matches = false;
    s = forEachRow(
        db, "SELECT hmac FROM journal WHERE seq = ?",
        [&](const Statement &st) { matches = toHex(st.columnBlob(0)) == anchor->hmacHex; },
        anchor->seq);
    if (!s) {
        return s;
    }
    return matches ? writeJournalAnchor(anchorPath, head->first, head->second) : Status{};
}

Result<JournalVerdict> verifyJournal(Database &db, const JournalKey &key,
                                     const std::string &anchorPath)
{
    JournalVerdict v;
    auto fail = [&v](std::int64_t seq, std::string type, std::string problem) {
        v.ok = false;
        v.brokenSeq = seq;
        v.brokenType = std::move(type);
        v.problem = std::move(problem);
        return v;
    };
    auto st
        = db.prepare("SELECT seq, type, timestamp_utc_ns, payload, hmac FROM journal ORDER BY seq");
    if (!st) {
        return st.error();
    }
    std::string prev(JournalKey::kSize, '\0');
    std::int64_t expected = 1;
    std::string lastHmac = prev;
    for (;;) {
        auto row = (*st)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const std::int64_t seq = (*st)->columnInt(0);
        const std::string type = (*st)->columnText(1);
        const std::int64_t ts = (*st)->columnInt(2);
        const std::string payload = (*st)->columnText(3);
        const std::string hmac = (*st)->columnBlob(4);
        if (seq != expected) {
            return fail(seq, type,
                        "sequence gap: expected seq " + std::to_string(expected) + ", found "
                            + std::to_string(seq) + " (entries deleted or reordered)");
        }
        if (journalHmac(key, prev, seq, type, ts, payload) != hmac) {
            return fail(seq, type,
                        "HMAC mismatch: the entry or one before it was altered, reordered or "
                        "replaced");
        }
        prev = hmac;
        lastHmac = hmac;
        ++expected;
        ++v.entries;
    }
    (*st)->reset();

    auto head = db.prepare("SELECT journal_seq, journal_hmac FROM device_state WHERE id = 1");
    if (!head) {
        return head.error();
    }
    auto row = (*head)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return fail(0, "", "device_state anchor row is missing");
    }
    const std::int64_t stateSeq = (*head)->columnInt(0);
    const std::string stateHmac = (*head)->columnBlob(1);
    (*head)->reset();
    if (stateSeq != v.entries || stateHmac != lastHmac) {
        return fail(v.entries + 1, "",
                    "journal ends at seq " + std::to_string(v.entries)
                        + " but the device_state anchor records seq " + std::to_string(stateSeq)
                        + " (entries truncated)");
    }

    const auto anchor = readAnchor(anchorPath);
    if (!anchor) {
        return fail(0, "", "anchor file " + anchorPath + " is missing or unreadable");
    }
    if (anchor->seq > v.entries) {
        return fail(v.entries + 1, "",
                    "journal ends at seq " + std::to_string(v.entries) + " but the anchor file "
                        + anchorPath + " records seq " + std::to_string(anchor->seq)
                        + " (entries truncated)");
    }
    if (anchor->seq < v.entries - 1) {
        return fail(anchor->seq + 1, "",
                    "anchor file " + anchorPath + " records seq " + std::to_string(anchor->seq)
                        + ", more than one entry behind the journal (seq "
                        + std::to_string(v.entries) + "): the anchor was replaced");
    }
    if (anchor->seq > 0) {
        auto at = db.prepare("SELECT type, hmac FROM journal WHERE seq = ?");
        if (!at) {
            return at.error();
        }
        if (auto s = (*at)->bind(1, anchor->seq); !s) {
            return s.error();
        }
        auto r = (*at)->step();
        if (!r) {
            return r.error();
        }
        if (!*r || toHex((*at)->columnBlob(1)) != anchor->hmacHex) {
            return fail(anchor->seq, *r ? (*at)->columnText(0) : "",
                        "HMAC differs from the one recorded in the anchor file " + anchorPath);
        }
    }
    return v;
}

} // namespace lane::core
