#pragma once

namespace lane::core {

/// A SQLite VFS shim over the default VFS that fails writes and syncs on demand, as
/// SQLite's own test_vfs does: tests open a store with vfs "lane-fault", arm a fault (disk
/// full, I/O error, read-only) after N more calls, and clear it to simulate space coming back.
/// Process-wide state; the real VFS stays the default for everyone else.
class FaultVfs
{
public:
    static constexpr const char *kName = "lane-fault";
    enum class Target { Writes, Syncs, WritesAndSyncs };

    /// Registers the shim (idempotent). Returns false if SQLite refused.
    static bool install();
    /// After `okCalls` more successful calls on the target, every further call fails with
    /// `sqliteCode` (e.g. SQLITE_FULL, SQLITE_IOERR_WRITE) until clear().
    static void arm(int okCalls, int sqliteCode, Target target = Target::WritesAndSyncs);
    static void clear();
    /// How many calls failed since the last arm().
    static int failures();
    /// Writes and syncs seen since the last arm() or clear().
    static int calls();
};

} // namespace lane::core
