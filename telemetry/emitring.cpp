#include "telemetry/emitring.h"

#include <openssl/sha.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>

namespace lane::telemetry {

// The file: this header, then `capacity` bytes of records. Offsets are logical (they only
// grow); a record sits at offset % capacity and never wraps: a padding record fills the
// end of the buffer when the next one does not fit there.
struct EmitRing::Header
{
    char magic[8];
    std::uint32_t version;
    std::uint32_t headerBytes;
    std::uint64_t capacity;
    std::uint64_t head; // written last by push(): everything before it is complete
    std::uint64_t tail; // everything before it is in the spool
    char boot[64];      // the boot id of the process the events belong to, NUL-terminated
    char reserved[24];
};

namespace {

constexpr char kMagic[8] = {'L', 'A', 'N', 'E', 'R', 'N', 'G', '1'};
constexpr std::uint32_t kVersion = 1;
constexpr std::uint32_t kEventKind = 1;
constexpr std::uint32_t kPaddingKind = 2;
// size, kind, ts, seq, severity, 0, attribute count, name size, message size
constexpr std::size_t kEventFixed = 4 + 4 + 8 + 8 + 1 + 1 + 2 + 4 + 4;
// type, 0, key size, value size
constexpr std::size_t kAttributeFixed = 1 + 1 + 2 + 4;
enum AttributeType : std::uint8_t { kText = 0, kInteger = 1, kBoolean = 2 };

constexpr std::uint64_t align8(std::uint64_t n)
{
    return (n + 7) & ~std::uint64_t(7);
}

template<typename T>
void put(unsigned char *&p, T value)
{
    std::memcpy(p, &value, sizeof value);
    p += sizeof value;
}

void putBytes(unsigned char *&p, std::string_view s)
{
    if (s.empty())
        return; // an empty view may have no data pointer, which memcpy must not see
    std::memcpy(p, s.data(), s.size());
    p += s.size();
}

template<typename T>
T get(const unsigned char *p)
{
    T value;
    std::memcpy(&value, p, sizeof value);
    return value;
}

std::uint64_t loadAcquire(std::uint64_t &field)
{
    return std::atomic_ref<std::uint64_t>(field).load(std::memory_order_acquire);
}

void storeRelease(std::uint64_t &field, std::uint64_t value)
{
    std::atomic_ref<std::uint64_t>(field).store(value, std::memory_order_release);
}

std::size_t valueSize(const core::EventAttribute &a)
{
    if (const auto *s = std::get_if<std::string>(&a.value))
        return s->size();
    if (std::holds_alternative<std::int64_t>(a.value))
        return sizeof(std::int64_t);
    return 1;
}

std::string_view keyOf(const core::EventAttribute &a)
{
    return std::string_view(a.key).substr(0, 0xFFFF);
}

} // namespace

EmitRing EmitRing::open(const std::filesystem::path &file, std::size_t bytes)
{
    EmitRing ring;
    ring.m_wanted = static_cast<std::size_t>(align8(std::max<std::size_t>(bytes, 4096)));
    if (file.empty()) {
        ring.fallBack({});
        return ring;
    }
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        ring.fallBack(file.string() + ": " + std::strerror(errno));
        return ring;
    }
    struct stat st
    {};
    if (::fstat(fd, &st) != 0 || st.st_uid != ::geteuid() || !S_ISREG(st.st_mode)) {
        ::close(fd);
        ring.fallBack(file.string() + ": not a regular file of this user");
        return ring;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        ring.fallBack(file.string() + ": in use by another process");
        return ring;
    }
    (void)::fchmod(fd, 0600);
    ring.m_fd = fd;
    ring.m_file = file;
    ring.m_crashSafe = true;

    // What the previous holder left: map the file as it is and take [tail, head) if the
    // header makes sense. Anything else is not a ring of ours and starts over.
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size > sizeof(Header) && ring.map(static_cast<std::size_t>(size - sizeof(Header)), true)) {
        Header &h = *ring.header();
        const std::uint64_t head = loadAcquire(h.head);
        const std::uint64_t tail = loadAcquire(h.tail);
        const bool valid = std::memcmp(h.magic, kMagic, sizeof kMagic) == 0 && h.version == kVersion
                           && h.headerBytes == sizeof(Header) && h.capacity == size - sizeof(Header)
                           && h.capacity % 8 == 0 && head % 8 == 0 && tail % 8 == 0 && tail <= head
                           && head - tail <= h.capacity
                           && std::memchr(h.boot, '\0', sizeof h.boot) != nullptr;
        if (valid && head > tail) {
            ring.m_recovery.bootId = h.boot;
            ring.m_recovery.from = tail;
            ring.m_recovery.to = head;
            return ring; // begin() resizes once the recovered events are out
        }
        ring.unmap();
    }
    if (!ring.resize(ring.m_wanted) || !ring.map(ring.m_wanted, true)) {
        ring.fallBack(file.string() + ": " + std::strerror(errno));
        return ring;
    }
    ring.begin({});
    return ring;
}

void EmitRing::removeIfEmpty()
{
    if (!m_crashSafe || head() != tail())
        return;
    // Still holding the lock: whoever opens the name next creates a new file.
    std::error_code ec;
    std::filesystem::remove(m_file, ec);
}

void EmitRing::fallBack(std::string reason)
{
    unmap();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_file.clear();
    m_crashSafe = false;
    m_fallbackReason = std::move(reason);
    m_recovery = {};
    if (!map(m_wanted, false))
        m_capacity = 0; // push() refuses everything: emit() counts drops, never crashes
    else
        begin({});
}

bool EmitRing::resize(std::size_t capacity)
{
    const auto bytes = static_cast<off_t>(sizeof(Header) + capacity);
    if (::ftruncate(m_fd, bytes) != 0)
        return false;
    // Allocate every page now: a tmpfs that is full would otherwise answer a later write
    // into the mapping with SIGBUS, on a sale's thread.
    const int err = ::posix_fallocate(m_fd, 0, bytes);
    if (err != 0) {
        errno = err;
        return false;
    }
    return true;
}

bool EmitRing::map(std::size_t capacity, bool shared)
{
    const std::size_t bytes = sizeof(Header) + capacity;
    void *p = shared ? ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE,
                              m_fd, 0)
                     : ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (p == MAP_FAILED)
        return false;
    // Unredacted events must not reach a swap device; without the privilege or the memory
    // limit this fails and the ring still works.
    (void)::mlock(p, bytes);
    m_map = p;
    m_mapBytes = bytes;
    m_capacity = capacity;
    return true;
}

void EmitRing::unmap()
{
    if (m_map) {
        ::munmap(m_map, m_mapBytes);
    }
    m_map = nullptr;
    m_mapBytes = 0;
    m_capacity = 0;
}

void EmitRing::begin(std::string_view bootId)
{
    if (m_crashSafe && m_capacity != m_wanted) {
        unmap();
        if (!resize(m_wanted) || !map(m_wanted, true)) {
            fallBack("resizing the ring file: " + std::string(std::strerror(errno)));
        }
    }
    static_assert(sizeof(Header) == 128, "the file format's header");
    if (!m_map)
        return;
    m_recovery = {};
    Header &h = *header();
    // Empty first, then the identity: a crash in between leaves an empty ring.
    storeRelease(h.head, 0);
    storeRelease(h.tail, 0);
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = kVersion;
    h.headerBytes = sizeof(Header);
    h.capacity = m_capacity;
    std::memset(h.boot, 0, sizeof h.boot);
    if (!bootId.empty())
        std::memcpy(h.boot, bootId.data(), std::min(bootId.size(), sizeof h.boot - 1));
}

EmitRing::~EmitRing()
{
    unmap();
    if (m_fd >= 0)
        ::close(m_fd);
}

EmitRing::EmitRing(EmitRing &&other) noexcept
{
    *this = std::move(other);
}

EmitRing &EmitRing::operator=(EmitRing &&other) noexcept
{
    if (this != &other) {
        unmap();
        if (m_fd >= 0)
            ::close(m_fd);
        m_map = std::exchange(other.m_map, nullptr);
        m_mapBytes = std::exchange(other.m_mapBytes, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_wanted = other.m_wanted;
        m_fd = std::exchange(other.m_fd, -1);
        m_file = std::move(other.m_file);
        m_crashSafe = std::exchange(other.m_crashSafe, false);
        m_fallbackReason = std::move(other.m_fallbackReason);
        m_recovery = std::move(other.m_recovery);
    }
    return *this;
}

unsigned char *EmitRing::data() const
{
    return static_cast<unsigned char *>(m_map) + sizeof(Header);
}

std::uint64_t EmitRing::head() const
{
    return m_map ? loadAcquire(header()->head) : 0;
}

std::uint64_t EmitRing::tail() const
{
    return m_map ? loadAcquire(header()->tail) : 0;
}

void EmitRing::release(std::uint64_t to)
{
    if (m_map)
        storeRelease(header()->tail, to);
}

bool EmitRing::push(std::uint64_t tsNs, std::uint64_t seq, core::Severity severity,
                    std::string_view name, std::string_view message,
                    const std::vector<core::EventAttribute> &attributes)
{
    if (!m_map || attributes.size() > 0xFFFF || name.size() > 0xFFFFFFFFu
        || message.size() > 0xFFFFFFFFu)
        return false;
    std::uint64_t size = kEventFixed + name.size() + message.size();
    for (const auto &a : attributes)
        size += kAttributeFixed + keyOf(a).size() + valueSize(a);
    size = align8(size);
    if (size > m_capacity || size > 0xFFFFFFFFu)
        return false;

    Header &h = *header();
    std::uint64_t head = loadAcquire(h.head); // only push() (serialised) changes it
    const std::uint64_t tail = loadAcquire(h.tail);
    const std::uint64_t pos = head % m_capacity;
    const std::uint64_t toEnd = m_capacity - pos;
    const std::uint64_t padding = toEnd < size ? toEnd : 0;
    if (head - tail + padding + size > m_capacity)
        return false;
    if (padding) {
        unsigned char *p = data() + pos;
        put(p, static_cast<std::uint32_t>(padding));
        put(p, kPaddingKind);
        head += padding;
    }
    unsigned char *p = data() + head % m_capacity;
    put(p, static_cast<std::uint32_t>(size));
    put(p, kEventKind);
    put(p, tsNs);
    put(p, seq);
    put(p, static_cast<std::uint8_t>(severity));
    put(p, std::uint8_t(0));
    put(p, static_cast<std::uint16_t>(attributes.size()));
    put(p, static_cast<std::uint32_t>(name.size()));
    put(p, static_cast<std::uint32_t>(message.size()));
    putBytes(p, name);
    putBytes(p, message);
    for (const auto &a : attributes) {
        const auto key = keyOf(a);
        if (const auto *s = std::get_if<std::string>(&a.value)) {
            put(p, std::uint8_t(kText));
            put(p, std::uint8_t(0));
            put(p, static_cast<std::uint16_t>(key.size()));
            put(p, static_cast<std::uint32_t>(s->size()));
            putBytes(p, key);
            putBytes(p, *s);
        } else if (const auto *i = std::get_if<std::int64_t>(&a.value)) {
            put(p, std::uint8_t(kInteger));
            put(p, std::uint8_t(0));
            put(p, static_cast<std::uint16_t>(key.size()));
            put(p, static_cast<std::uint32_t>(sizeof *i));
            putBytes(p, key);
            put(p, *i);
        } else {
            put(p, std::uint8_t(kBoolean));
            put(p, std::uint8_t(0));
            put(p, static_cast<std::uint16_t>(key.size()));
            put(p, std::uint32_t(1));
            putBytes(p, key);
            put(p, static_cast<std::uint8_t>(std::get<bool>(a.value) ? 1 : 0));
        }
    }
    // Published last: a process killed before this line never accepted the event.
    storeRelease(h.head, head + size);
    return true;
}

EmitRing::Slot EmitRing::decodeAt(std::uint64_t &offset, std::uint64_t to, RingEvent &ev) const
{
    const std::uint64_t pos = offset % m_capacity;
    const std::uint64_t left = std::min(to - offset, m_capacity - pos);
    if (left < 8)
        return Slot::Corrupt;
    const unsigned char *p = data() + pos;
    const auto size = get<std::uint32_t>(p);
    const auto kind = get<std::uint32_t>(p + 4);
    if (size < 8 || size % 8 != 0 || size > left)
        return Slot::Corrupt;
    if (kind == kPaddingKind) {
        offset += size;
        return Slot::Padding;
    }
    if (kind != kEventKind || size < kEventFixed)
        return Slot::Corrupt;
    const unsigned char *end = p + size;
    ev.tsNs = get<std::uint64_t>(p + 8);
    ev.seq = get<std::uint64_t>(p + 16);
    const auto severity = get<std::uint8_t>(p + 24);
    const auto count = get<std::uint16_t>(p + 26);
    const auto nameSize = get<std::uint32_t>(p + 28);
    const auto messageSize = get<std::uint32_t>(p + 32);
    if (severity > static_cast<std::uint8_t>(core::Severity::Error))
        return Slot::Corrupt;
    ev.severity = static_cast<core::Severity>(severity);
    const unsigned char *q = p + kEventFixed;
    if (std::uint64_t(end - q) < std::uint64_t(nameSize) + messageSize)
        return Slot::Corrupt;
    ev.name = {reinterpret_cast<const char *>(q), nameSize};
    q += nameSize;
    ev.message = {reinterpret_cast<const char *>(q), messageSize};
    q += messageSize;
    ev.attributes.clear();
    for (std::uint16_t i = 0; i < count; ++i) {
        if (std::uint64_t(end - q) < kAttributeFixed)
            return Slot::Corrupt;
        const auto type = get<std::uint8_t>(q);
        const auto keySize = get<std::uint16_t>(q + 2);
        const auto valueBytes = get<std::uint32_t>(q + 4);
        q += kAttributeFixed;
        if (std::uint64_t(end - q) < std::uint64_t(keySize) + valueBytes)
            return Slot::Corrupt;
        core::EventAttribute a;
        a.key.assign(reinterpret_cast<const char *>(q), keySize);
        q += keySize;
        if (type == kText) {
            a.value = std::string(reinterpret_cast<const char *>(q), valueBytes);
        } else if (type == kInteger && valueBytes == sizeof(std::int64_t)) {
            a.value = get<std::int64_t>(q);
        } else if (type == kBoolean && valueBytes == 1) {
            a.value = *q != 0;
        } else {
            return Slot::Corrupt;
        }
        q += valueBytes;
        ev.attributes.push_back(std::move(a));
    }
    offset += size;
    return Slot::Event;
}

std::filesystem::path defaultRingFile(const std::filesystem::path &spoolDir)
{
    std::error_code ec;
    auto path = std::filesystem::weakly_canonical(std::filesystem::absolute(spoolDir, ec), ec);
    if (ec)
        path = spoolDir.lexically_normal();
    if (!path.has_filename() && path.has_parent_path())
        path = path.parent_path(); // "spool/" and "spool" are one spool
    const std::string key = path.string();
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(key.data()), key.size(), digest);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string name = "lane-telemetry-" + std::to_string(::geteuid()) + "-";
    for (int i = 0; i < 8; ++i) {
        name += kHex[digest[i] >> 4];
        name += kHex[digest[i] & 15];
    }
    const char *dir = std::getenv("LANE_RING_DIR");
    return std::filesystem::path(dir && *dir ? dir : "/dev/shm") / (name + ".ring");
}

} // namespace lane::telemetry
