#include "core/store/faultvfs.h"

#include <atomic>
#include <cstring>
#include <mutex>

#include <sqlite3.h>

namespace lane::core {

namespace {

struct FaultState
{
    std::atomic<bool> armed{false};
    std::atomic<int> remaining{0};
    std::atomic<int> code{SQLITE_FULL};
    std::atomic<int> target{0};
    std::atomic<int> failures{0};
    std::atomic<int> calls{0};
};

FaultState &state()
{
    static FaultState s;
    return s;
}

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real; // lives right after this struct
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<FaultFile *>(f)->real;
}

// Returns a SQLite error code if this call must fail, else SQLITE_OK.
int injected(bool isSync)
{
    auto &s = state();
    s.calls.fetch_add(1);
    if (!s.armed.load()) {
        return SQLITE_OK;
    }
    const auto t = static_cast<FaultVfs::Target>(s.target.load());
    const bool applies = t == FaultVfs::Target::WritesAndSyncs
                         || (isSync ? t == FaultVfs::Target::Syncs : t == FaultVfs::Target::Writes);
    if (!applies) {
        return SQLITE_OK;
    }
    if (s.remaining.fetch_sub(1) > 0) {
        return SQLITE_OK;
    }
    s.failures.fetch_add(1);
    return s.code.load();
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file *f, void *p, int n, sqlite3_int64 off)
{
    return real(f)->pMethods->xRead(real(f), p, n, off);
}
int xWrite(sqlite3_file *f, const void *p, int n, sqlite3_int64 off)
{
    if (int rc = injected(false); rc != SQLITE_OK) {
        return rc;
    }
    return real(f)->pMethods->xWrite(real(f), p, n, off);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (int rc = injected(false); rc != SQLITE_OK) {
        return rc;
    }
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    if (int rc = injected(true); rc != SQLITE_OK) {
        return rc;
    }
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xLock(real(f), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xUnlock(real(f), l);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int pg, int sz, int ext, void volatile **pp)
{
    return real(f)->pMethods->xShmMap(real(f), pg, sz, ext, pp);
}
int xShmLock(sqlite3_file *f, int off, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), off, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int del)
{
    return real(f)->pMethods->xShmUnmap(real(f), del);
}
int xFetch(sqlite3_file *f, sqlite3_int64 off, int amt, void **pp)
{
    return real(f)->pMethods->xFetch(real(f), off, amt, pp);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), off, p);
}

const sqlite3_io_methods kMethods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *ff = reinterpret_cast<FaultFile *>(f);
    ff->base.pMethods = nullptr;
    ff->real = reinterpret_cast<sqlite3_file *>(ff + 1);
    const int rc = g_real->xOpen(g_real, name, ff->real, flags, outFlags);
    if (rc == SQLITE_OK && ff->real->pMethods) {
        // Every method is forwarded; the unix VFS implements version 3 of the interface.
        ff->base.pMethods = ff->real->pMethods->iVersion >= 3 ? &kMethods : ff->real->pMethods;
    }
    return rc;
}
int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}
void vfsDlError(sqlite3_vfs *, int n, char *msg)
{
    g_real->xDlError(g_real, n, msg);
}
void (*vfsDlSym(sqlite3_vfs *, void *h, const char *sym))(void)
{
    return g_real->xDlSym(g_real, h, sym);
}
void vfsDlClose(sqlite3_vfs *, void *h)
{
    g_real->xDlClose(g_real, h);
}
int vfsRandomness(sqlite3_vfs *, int n, char *out)
{
    return g_real->xRandomness(g_real, n, out);
}
int vfsSleep(sqlite3_vfs *, int us)
{
    return g_real->xSleep(g_real, us);
}
int vfsCurrentTime(sqlite3_vfs *, double *t)
{
    return g_real->xCurrentTime(g_real, t);
}
int vfsGetLastError(sqlite3_vfs *, int n, char *msg)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, n, msg) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t)
{
    return g_real->xCurrentTimeInt64(g_real, t);
}

} // namespace

bool FaultVfs::install()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        if (!g_real) {
            return;
        }
        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = kName;
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        ok = sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    });
    return ok;
}

void FaultVfs::arm(int okCalls, int sqliteCode, Target target)
{
    auto &s = state();
    s.armed = false;
    s.remaining = okCalls;
    s.code = sqliteCode;
    s.target = static_cast<int>(target);
    s.failures = 0;
    s.calls = 0;
    s.armed = true;
}

void FaultVfs::clear()
{
    state().armed = false;
    state().calls = 0;
}

int FaultVfs::failures()
{
    return state().failures.load();
}

int FaultVfs::calls()
{
    return state().calls.load();
}

} // namespace lane::core
