#include "core/store/journal.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

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
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return makeError("store.key", errnoText(path, "cannot open journal key"));
    }
    std::string bytes(kSize + 1, '\0');
    const ssize_t n = ::read(fd, bytes.data(), bytes.size());
    ::close(fd);
    if (n != static_cast<ssize_t>(kSize)) {
        return makeError("store.key", path + ": journal key has the wrong size");
    }
    bytes.resize(kSize);
    return JournalKey(std::move(bytes));
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

Status writeJournalAnchor(const std::string &path, std::int64_t seq, std::string_view hmac)
{
    const std::string tmp = path + ".tmp";
    const std::string text
        = "lane-journal-anchor 1\n" + std::to_string(seq) + " " + toHex(hmac) + "\n";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return makeError("store.anchor", errnoText(tmp, "cannot write journal anchor"));
    }
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    const int savedErrno = errno;
    ::close(fd);
    if (!ok) {
        errno = savedErrno;
        ::unlink(tmp.c_str());
        return makeError(errno == ENOSPC ? "store.disk_full" : "store.anchor",
                         errnoText(tmp, "cannot write journal anchor"));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        return makeError("store.anchor", errnoText(path, "cannot replace journal anchor"));
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
    std::ifstream in(path);
    std::string magic;
    if (!std::getline(in, magic) || magic != "lane-journal-anchor 1") {
        return std::nullopt;
    }
    Anchor a;
    if (!(in >> a.seq >> a.hmacHex) || a.hmacHex.size() != 64) {
        return std::nullopt;
    }
    return a;
}

} // namespace

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
