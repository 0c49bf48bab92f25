#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#pragma push_macro("emit") // Qt's keyword macro vs core::EventSink::emit
#undef emit
#include "core/base/events.h"
#pragma pop_macro("emit")
#include "core/base/result.h"

namespace lane::telemetry {

/// One event as emit() accepted it: not yet redacted or formatted.
struct RingEvent
{
    std::uint64_t tsNs = 0;
    std::uint64_t seq = 0;
    core::Severity severity = core::Severity::Info;
    std::string_view name;    ///< points into the ring
    std::string_view message; ///< points into the ring
    std::vector<core::EventAttribute> attributes;
};

/// The events emit() accepted and the writer has not yet put in the spool, as a byte ring
/// in a shared memory-mapped file. A process that dies (crash, SIGKILL, abort) leaves the
/// file behind with everything it accepted; the next process to open the same file
/// recovers those events with their boot id and sequence numbers, so nothing a caller
/// logged is lost and the receivers' (device, boot, seq) dedup keeps it single.
///
/// The file belongs in tmpfs (/dev/shm, /run): it is memory that outlives the process, not
/// storage. The events in it are not yet redacted, which is why it must never be a disk
/// file; its pages are locked against swap where the memory limit allows.
///
/// One process holds the file (flock); a second opener gets an anonymous ring, which does
/// not survive a crash (`crashSafe()` false). Not thread-safe: the owner serialises push()
/// against release(); read() of [tail, head) may run concurrently with push().
class EmitRing
{
public:
    /// `file` empty: an anonymous ring. `bytes` is the data capacity (rounded up to 8).
    /// What a previous process left in the file is in recovery(); write it out, release()
    /// it, then call begin() before the first push().
    static EmitRing open(const std::filesystem::path &file, std::size_t bytes);
    /// Starts this process's use of the ring: empties it and records `bootId`.
    void begin(std::string_view bootId);

    EmitRing() = default;
    ~EmitRing();
    EmitRing(EmitRing &&other) noexcept;
    EmitRing &operator=(EmitRing &&other) noexcept;
    EmitRing(const EmitRing &) = delete;
    EmitRing &operator=(const EmitRing &) = delete;

    /// Appends one event; false when it does not fit (the caller counts a drop).
    bool push(std::uint64_t tsNs, std::uint64_t seq, core::Severity severity, std::string_view name,
              std::string_view message, const std::vector<core::EventAttribute> &attributes);

    std::uint64_t head() const;
    std::uint64_t tail() const;
    /// Calls `f(RingEvent &)` for each event in [from, to); returns how many. Stops at
    /// the first slot that does not decode (only possible in a recovered file); `*stoppedAt`
    /// (if given) is where decoding ended: `to`, or that slot.
    template<typename F>
    std::size_t read(std::uint64_t from, std::uint64_t to, F &&f,
                     std::uint64_t *stoppedAt = nullptr) const
    {
        std::size_t n = 0;
        RingEvent ev;
        if (stoppedAt)
            *stoppedAt = to;
        while (from < to) {
            const Slot slot = decodeAt(from, to, ev);
            if (slot == Slot::Corrupt) {
                if (stoppedAt)
                    *stoppedAt = from;
                break;
            }
            if (slot == Slot::Event) {
                f(ev);
                ++n;
            }
        }
        return n;
    }
    /// Everything before `to` is in the spool: its space may be reused.
    void release(std::uint64_t to);

    /// Removes the file when the ring is empty (a clean stop): nothing is left to recover.
    void removeIfEmpty();

    /// True when the ring is a file that outlives the process.
    bool crashSafe() const { return m_crashSafe; }
    /// Why the ring is anonymous although a file was asked for ("" when it is not).
    const std::string &fallbackReason() const { return m_fallbackReason; }

    /// What a previous process left behind: its boot id, and its events as [from, to) of
    /// this ring (empty when there was nothing, or the file was not a ring).
    struct Recovery
    {
        std::string bootId;
        std::uint64_t from = 0;
        std::uint64_t to = 0;
    };
    const Recovery &recovery() const { return m_recovery; }

private:
    struct Header;
    enum class Slot { Event, Padding, Corrupt };
    Slot decodeAt(std::uint64_t &offset, std::uint64_t to, RingEvent &ev) const;
    Header *header() const { return static_cast<Header *>(m_map); }
    unsigned char *data() const;
    bool resize(std::size_t capacity); // the file, every page allocated
    bool map(std::size_t capacity, bool shared);
    void unmap();
    void fallBack(std::string reason);

    void *m_map = nullptr;
    std::size_t m_mapBytes = 0;
    std::size_t m_capacity = 0;
    std::size_t m_wanted = 0; // capacity asked for, applied by begin()
    int m_fd = -1;
    std::filesystem::path m_file;
    bool m_crashSafe = false;
    std::string m_fallbackReason;
    Recovery m_recovery;
};

/// Where the lane keeps the ring for a spool directory: one file per spool in /dev/shm, or
/// in $LANE_RING_DIR (another tmpfs directory, e.g. systemd's RuntimeDirectory with
/// RuntimeDirectoryPreserve=yes, so that a restart finds it).
std::filesystem::path defaultRingFile(const std::filesystem::path &spoolDir);

} // namespace lane::telemetry
