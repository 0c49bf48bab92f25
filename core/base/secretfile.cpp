#include "core/base/secretfile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace lane::core {
namespace {

/// Closes the descriptor on every way out.
struct FdCloser
{
    int fd;
    ~FdCloser() { ::close(fd); }
};

} // namespace

Result<std::string> readSecretFile(const std::string &path, std::string_view what,
                                   std::string_view code, std::size_t maxBytes)
{
    const std::string ioCode(code);
    const std::string permissionCode = ioCode + "_permissions";
    const std::string name(what);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return makeError(ioCode, path + ": cannot open " + name + ": " + std::strerror(errno));
    }
    const FdCloser closer{fd};
    struct stat st
    {};
    if (::fstat(fd, &st) != 0) {
        return makeError(ioCode, path + ": cannot stat " + name + ": " + std::strerror(errno));
    }
    if (!S_ISREG(st.st_mode)) {
        return makeError(permissionCode, path + ": " + name + " is not a regular file");
    }
    const auto self = ::geteuid();
    if (st.st_uid != self) {
        return makeError(permissionCode,
                         path + ": " + name + " is owned by uid " + std::to_string(st.st_uid)
                             + ", not by the user running Lane (uid " + std::to_string(self)
                             + "); fix: chown " + std::to_string(self) + " '" + path + "'");
    }
    if ((st.st_mode & 077) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        return makeError(permissionCode, path + ": " + name
                                             + " is readable or writable by group or others "
                                               "(mode "
                                             + mode + "); fix: chmod 600 '" + path + "'");
    }
    std::string bytes(maxBytes, '\0');
    std::size_t used = 0;
    while (used < maxBytes) {
        const ssize_t n = ::read(fd, bytes.data() + used, maxBytes - used);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return makeError(ioCode, path + ": cannot read " + name + ": " + std::strerror(errno));
        }
        if (n == 0) {
            break;
        }
        used += static_cast<std::size_t>(n);
    }
    bytes.resize(used);
    return bytes;
}

} // namespace lane::core
