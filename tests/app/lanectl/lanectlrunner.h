#pragma once

#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace lane::app::test {

/// What one lanectl run printed and returned.
struct RunResult
{
    int code = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Runs lanectl with `args` (no shell), LANE_CLOCK fixed, stdout/stderr captured in files
/// under `dir`.
inline RunResult runLanectl(const std::string &dir, const std::vector<std::string> &args,
                            const std::string &clock = "2026-11-22T10:00:00Z")
{
    const std::string outPath = dir + "/stdout.txt";
    const std::string errPath = dir + "/stderr.txt";
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(out, 1);
        ::dup2(err, 2);
        ::setenv("LANE_CLOCK", clock.c_str(), 1);
        ::unsetenv("LANE_DATA_DIR");
        std::vector<char *> argv{const_cast<char *>(LANECTL_PATH)};
        for (const auto &a : args) {
            argv.push_back(const_cast<char *>(a.c_str()));
        }
        argv.push_back(nullptr);
        ::execv(LANECTL_PATH, argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    RunResult r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = slurp(outPath);
    r.err = slurp(errPath);
    return r;
}

} // namespace lane::app::test
