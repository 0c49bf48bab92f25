// lanectl user and audit commands as processes, and the "no secret after a scripted day"
// scan over every file a day of lane work leaves behind.
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "lanectlrunner.h"

namespace lane::app::test {
namespace {

namespace fs = std::filesystem;

// Long PINs and badge codes, so a hit in the scan cannot be a coincidence.
constexpr const char *kCashierPin = "583920174615";
constexpr const char *kSupervisorPin = "730194628351";
constexpr const char *kManagerPin = "402817359964";
constexpr const char *kCashierBadge = "BADGE-7F3A9C21E5";
constexpr const char *kSupervisorBadge = "BADGE-2B8D41F07A";

std::string hex(const std::string &bytes, bool upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

/// Every file under `dir` (recursively) that contains one of `secrets`, with which one.
/// The journal key file itself is the one place the key may be, and is skipped by name.
std::vector<std::string> scanForSecrets(const std::string &dir,
                                        const std::map<std::string, std::string> &secrets,
                                        const std::string &skip)
{
    std::vector<std::string> hits;
    for (const auto &e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file() || e.path().string() == skip)
            continue;
        const std::string bytes = slurp(e.path().string());
        for (const auto &[name, secret] : secrets) {
            if (bytes.find(secret) != std::string::npos)
                hits.push_back(e.path().filename().string() + ": " + name);
        }
    }
    return hits;
}

class LanectlUser : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::string tmpl = (fs::temp_directory_path() / "lanectl-user-XXXXXX").string();
        m_dir = ::mkdtemp(tmpl.data());
        m_db = m_dir + "/lane.db";
        fs::create_directories(m_dir + "/run");
    }
    void TearDown() override { fs::remove_all(m_dir); }

    /// Runs lanectl with `input` on standard input; output files live in run/ so the scan
    /// covers them. Each run's stdout and stderr are also kept as log files.
    RunResult run(std::vector<std::string> args, const std::string &input = {},
                  const std::string &clock = "2026-11-22T10:00:00Z")
    {
        args.insert(args.begin(), {"--db", m_db});
        const std::string in = m_dir + "/run/stdin";
        {
            std::ofstream f(in, std::ios::binary | std::ios::trunc);
            f << input;
        }
        const std::string outPath = m_dir + "/run/out." + std::to_string(++m_runs) + ".log";
        const std::string errPath = m_dir + "/run/err." + std::to_string(m_runs) + ".log";
        const pid_t pid = ::fork();
        if (pid == 0) {
            const int fin = ::open(in.c_str(), O_RDONLY);
            const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            ::dup2(fin, 0);
            ::dup2(out, 1);
            ::dup2(err, 2);
            ::setenv("LANE_CLOCK", clock.c_str(), 1);
            ::setenv("LANE_TELEMETRY_SPOOL", (m_dir + "/spool").c_str(), 1);
            ::unsetenv("LANE_DATA_DIR");
            std::vector<char *> argv{const_cast<char *>(LANECTL_PATH)};
            for (const auto &a : args)
                argv.push_back(const_cast<char *>(a.c_str()));
            argv.push_back(nullptr);
            ::execv(LANECTL_PATH, argv.data());
            ::_exit(127);
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        ::unlink(in.c_str()); // the stdin file holds PINs: it is test input, not lane output
        RunResult r;
        r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        r.out = slurp(outPath);
        r.err = slurp(errPath);
        return r;
    }
    void initStore()
    {
        auto r = run({"init", "--store", "S0123", "--pos", "02", "--currency", "KRW",
                      "--utc-offset", "+09:00"});
        ASSERT_EQ(r.code, 0) << r.err;
        r = run({"catalog", "import", std::string(LANE_TEST_DATA_DIR) + "/catalog/items.csv"});
        ASSERT_EQ(r.code, 0) << r.err;
    }
    void addUsers()
    {
        auto r = run({"user", "add", "--id", "1001", "--name", "Kim Minji", "--role", "cashier",
                      "--pin-stdin", "--badge-stdin"},
                     std::string(kCashierPin) + "\n" + kCashierBadge + "\n");
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_EQ(r.out, "user 1001 added (cashier)\n");
        r = run({"user", "add", "--id", "2001", "--name", "Park Seojun", "--role", "supervisor",
                 "--pin-stdin", "--badge-stdin"},
                std::string(kSupervisorPin) + "\r\n" + kSupervisorBadge + "\r\n");
        ASSERT_EQ(r.code, 0) << r.err;
        r = run({"user", "add", "--id=3001", "--name=Lee Jiwoo", "--role=manager", "--pin-stdin"},
                std::string(kManagerPin) + "\n");
        ASSERT_EQ(r.code, 0) << r.err;
    }

    std::string m_dir;
    std::string m_db;
    int m_runs = 0;
};

TEST_F(LanectlUser, AddListSetPinDisable)
{
    initStore();
    addUsers();
    auto r = run({"user", "list"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "id\tname\trole\tstatus\tpin\tbadge\n"
                     "1001\tKim Minji\tcashier\tactive\tset\tset\n"
                     "2001\tPark Seojun\tsupervisor\tactive\tset\tset\n"
                     "3001\tLee Jiwoo\tmanager\tactive\tset\t-\n");
    r = run({"user", "set-pin", "--id", "1001"}, "615803927461\n");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "user 1001: PIN set\n");
    EXPECT_EQ(run({"user", "sign-on", "--id", "1001"}, std::string(kCashierPin) + "\n").code, 1);
    r = run({"user", "sign-on", "--id", "1001"}, "615803927461\n");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "signed on: 1001 (cashier)\n");
    r = run({"user", "disable", "--id", "1001"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "user 1001 disabled\n");
    r = run({"user", "sign-on", "--id", "1001"}, "615803927461\n");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "lanectl: user 1001 is deactivated [auth.inactive]\n");
    EXPECT_NE(run({"user", "list"}).out.find("1001\tKim Minji\tcashier\tdisabled"),
              std::string::npos);
}

TEST_F(LanectlUser, WeakPinsAndBadArgumentsAreRefusedWithClearMessages)
{
    initStore();
    struct Case
    {
        std::vector<std::string> args;
        std::string input;
        int code;
        std::string err; // start of stderr
    };
    const std::vector<Case> cases = {
        {{"user", "add", "--id", "1001", "--name", "K", "--role", "cashier", "--pin-stdin"},
         "1234\n",
         1,
         "lanectl: a PIN must not be a run of digits like 1234 [auth.pin_trivial]\n"},
        {{"user", "add", "--id", "1001", "--name", "K", "--role", "cashier", "--pin-stdin"},
         "7777\n",
         1,
         "lanectl: a PIN must not repeat one digit [auth.pin_trivial]\n"},
        {{"user", "add", "--id", "1001", "--name", "K", "--role", "cashier", "--pin-stdin"},
         "47a1\n",
         1,
         "lanectl: a PIN has digits only [auth.pin_format]\n"},
        {{"user", "add", "--id", "1001", "--name", "K", "--role", "cashier", "--pin-stdin"},
         "\n",
         1,
         "lanectl: a PIN needs at least 4 digits [auth.pin_too_short]\n"},
        {{"user", "add", "--id", "1001", "--name", "K", "--role", "cashier", "--pin-stdin"},
         "",
         2,
         "lanectl: --pin-stdin: no PIN on standard input\n"},
        {{"user", "add", "--id", "1001", "--name", "K", "--role", "cashier", "--pin", "5827"},
         "",
         2,
         "lanectl: secrets are not accepted on the command line"},
        {{"user", "add", "--id", "1001", "--name", "K", "--role", "wizard", "--pin-stdin"},
         "5827\n",
         2,
         "lanectl: unknown role \"wizard\"\n"},
        {{"user", "add", "--id", "1001", "--role", "cashier"},
         "",
         2,
         "lanectl: user add needs --id, --name and --role\n"},
        {{"user", "add", "--id", "10 01", "--name", "K", "--role", "cashier", "--pin-stdin"},
         "5827\n",
         1,
         "lanectl: user id \"10 01\" must be 1-32 letters, digits, '-' or '_' "
         "[auth.bad_user_id]\n"},
        {{"user", "add", "--id", "1001", "--name", "K", "--role", "cashier"},
         "",
         1,
         "lanectl: user 1001 needs a PIN or a badge [auth.no_credential]\n"},
        {{"user"}, "", 2, "lanectl: user needs a subcommand\n"},
        {{"user", "frob"}, "", 2, "lanectl: unknown user subcommand \"frob\"\n"},
        {{"user", "set-pin"}, "5827\n", 2, "lanectl: user set-pin needs --id\n"},
        {{"user", "set-pin", "--id", "9999"},
         "5827\n",
         1,
         "lanectl: no user 9999 [auth.unknown_user]\n"},
        {{"user", "disable", "--id", "9999"}, "", 1, "lanectl: no user 9999 [auth.unknown_user]\n"},
        {{"user", "permit", "--role", "cashier", "--action", "fly", "--to", "allow"},
         "",
         2,
         "lanectl: unknown action \"fly\"\n"},
        {{"audit", "--from", "2026-11-22"},
         "",
         2,
         "lanectl: --from and --to need dates as YYYY-MM-DD\n"},
        {{"audit", "--from", "2026-11-23", "--to", "2026-11-22"},
         "",
         2,
         "lanectl: --from 2026-11-23 is after --to 2026-11-22\n"},
        {{"audit", "--from", "2026-11-22", "--to", "2026-11-22", "--format", "xml"},
         "",
         2,
         "lanectl: --format must be text, csv or json, not \"xml\"\n"},
        {{"audit", "--from", "2026-11-22", "--to", "2026-11-22", "--bogus"},
         "",
         2,
         "lanectl: unknown option --bogus\n"},
    };
    for (const auto &c : cases) {
        auto r = run(c.args, c.input);
        std::string line;
        for (const auto &a : c.args)
            line += a + " ";
        EXPECT_EQ(r.code, c.code) << line << "\n" << r.err;
        EXPECT_EQ(r.err.substr(0, c.err.size()), c.err) << line;
        EXPECT_TRUE(r.out.empty()) << line << r.out;
    }
    // Nothing of the refused adds was stored.
    EXPECT_EQ(run({"user", "list"}).out, "id\tname\trole\tstatus\tpin\tbadge\n");
    auto h = run({"user", "--help"});
    EXPECT_EQ(h.code, 0);
    EXPECT_EQ(h.out.rfind("usage: lanectl user", 0), 0u);
    h = run({"audit", "--help"});
    EXPECT_EQ(h.code, 0);
    EXPECT_EQ(h.out.rfind("usage: lanectl audit", 0), 0u);
    EXPECT_NE(run({"--help"}).out.find("  user      users, PINs"), std::string::npos);
}

TEST_F(LanectlUser, LockoutHoldsAcrossProcessesAndIsAudited)
{
    initStore();
    addUsers();
    const std::string t0 = "2026-11-22T10:00:00Z";
    for (const char *pin : {"000000", "111111"})
        EXPECT_EQ(run({"user", "sign-on", "--id", "1001"}, std::string(pin) + "\n", t0).err,
                  "lanectl: user id or PIN is wrong [auth.wrong_credential]\n");
    EXPECT_EQ(run({"user", "sign-on", "--id", "1001"}, "222222\n", t0).err,
              "lanectl: user id or PIN is wrong; user 1001 is locked for another 30 s after 3 "
              "failed attempts [auth.wrong_credential]\n");
    // LANE_CLOCK starts each process at the given time and then runs with real time, so
    // the exact seconds are checked with a manual clock in core_store_auth_test.
    auto r = run({"user", "sign-on", "--id", "1001"}, std::string(kCashierPin) + "\n",
                 "2026-11-22T10:00:10Z");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.rfind("lanectl: user 1001 is locked for another ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(" s after 3 failed attempts [auth.locked]\n"), std::string::npos);
    r = run({"user", "sign-on", "--id", "1001"}, std::string(kCashierPin) + "\n",
            "2026-11-22T10:01:00Z");
    EXPECT_EQ(r.code, 0) << r.err;
    // A PIN typed into the id field is not written into the audit as a user id.
    EXPECT_EQ(run({"user", "sign-on", "--id", kSupervisorPin}, "2001\n", t0).code, 1);

    r = run({"audit", "--from", "2026-11-22", "--to", "2026-11-22", "--user", "1001", "--format",
             "csv"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n') + 1),
              "seq,time_utc,type,user,approver,action,decision,reason,code\r\n");
    EXPECT_NE(r.out.find(",auth.sign_on_failed,1001,,,,,auth.wrong_credential\r\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(",auth.sign_on_failed,1001,,,,,auth.locked\r\n"), std::string::npos);
    EXPECT_NE(r.out.find(",2026-11-22T10:01:0"), std::string::npos);
    EXPECT_NE(r.out.find(",auth.sign_on,1001,,,,,\r\n"), std::string::npos);
    EXPECT_NE(r.out.find(",auth.user_added,1001,"), std::string::npos);
    EXPECT_EQ(r.out.find("2001"), std::string::npos) << "filtered to user 1001";
    r = run({"audit", "--from", "2026-11-22", "--to", "2026-11-22", "--format", "json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("\"unknown_user\":\"true\""), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find(kSupervisorPin), std::string::npos);
    r = run({"audit", "--from", "2026-11-21", "--to", "2026-11-21"});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(run({"journal", "verify"}).code, 0);
}

TEST_F(LanectlUser, PermissionOverridesPersistAndApplyAtSignOn)
{
    initStore();
    addUsers();
    auto r = run({"user", "permit", "--role", "cashier", "--action", "sign_on", "--to", "deny"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "cashier sign_on: deny\n");
    EXPECT_NE(run({"user", "permissions"}).out.find("sign_on\tdeny\tallow\tallow\tallow\tallow\n"),
              std::string::npos);
    r = run({"user", "sign-on", "--id", "1001"}, std::string(kCashierPin) + "\n");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "lanectl: user 1001 may not sign on here [auth.refused]\n");
    ASSERT_EQ(
        run({"user", "permit", "--role", "cashier", "--action", "sign_on", "--to", "allow"}).code,
        0);
    EXPECT_EQ(run({"user", "sign-on", "--id", "1001"}, std::string(kCashierPin) + "\n").code, 0);
}

TEST_F(LanectlUser, NoSecretAfterAScriptedDay)
{
    initStore();
    // A second connection held open for the whole day, as the lane app holds one, so the
    // WAL is not checkpointed away when each lanectl exits: the scan must see it.
    sqlite3 *holder = nullptr;
    ASSERT_EQ(sqlite3_open(m_db.c_str(), &holder), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(holder, "SELECT count(*) FROM journal", nullptr, nullptr, nullptr),
              SQLITE_OK);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(holder, sqlite3_close);
    addUsers();
    const std::string run_ = m_dir + "/run/";
    const std::string script = std::string(LANECTL_TEST_DIR) + "/data/sales.json";
    ASSERT_EQ(run({"user", "sign-on", "--id", "1001"}, std::string(kCashierPin) + "\n").code, 0);
    EXPECT_EQ(run({"user", "sign-on", "--id", "2001"}, "583920174616\n").code, 1);
    EXPECT_EQ(run({"user", "sign-on", "--id", kManagerPin}, "3001\n").code, 1);
    ASSERT_EQ(run({"user", "set-pin", "--id", "3001"}, "920461837205\n").code, 0);
    auto r = run({"sell", "--script", script});
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_EQ(run({"journal", "verify"}).code, 0);
    ASSERT_EQ(run({"journal", "list", "--last", "1000"}).code, 0);
    ASSERT_EQ(run({"sales", "export", "--from", "2026-11-22", "--to", "2026-11-22", "--output",
                   run_ + "sales.csv"})
                  .code,
              0);
    ASSERT_EQ(run({"sales", "export", "--from", "2026-11-22", "--to", "2026-11-22", "--format",
                   "json", "--output", run_ + "sales.json"})
                  .code,
              0);
    for (const char *fmt : {"text", "csv", "json"})
        ASSERT_EQ(run({"audit", "--from", "2026-11-22", "--to", "2026-11-22", "--format", fmt,
                       "--output", run_ + "audit." + fmt})
                      .code,
                  0);
    ASSERT_EQ(run({"catalog", "export", "--output", run_ + "catalog.csv"}).code, 0);
    ASSERT_EQ(run({"user", "list"}).code, 0);

    // The day left a database with its WAL, exports, logs and a telemetry spool.
    ASSERT_TRUE(fs::exists(m_db + "-wal"));
    ASSERT_GT(fs::file_size(m_db + "-wal"), 0u);
    ASSERT_GT(fs::file_size(run_ + "audit.csv"), 200u);
    ASSERT_GT(fs::file_size(run_ + "sales.json"), 200u);
    std::size_t spoolFiles = 0;
    std::string spoolText;
    for (const auto &e : fs::recursive_directory_iterator(m_dir + "/spool"))
        if (e.is_regular_file()) {
            ++spoolFiles;
            spoolText += slurp(e.path().string());
        }
    ASSERT_GT(spoolFiles, 0u);
    ASSERT_NE(spoolText.find("auth.sign_on_failed"), std::string::npos) << spoolText;

    const std::string key = slurp(m_db + ".key");
    ASSERT_EQ(key.size(), 32u);
    const std::map<std::string, std::string> secrets{
        {"cashier PIN", kCashierPin},           {"supervisor PIN", kSupervisorPin},
        {"manager PIN", kManagerPin},           {"manager new PIN", "920461837205"},
        {"wrong PIN", "583920174616"},          {"cashier badge", kCashierBadge},
        {"supervisor badge", kSupervisorBadge}, {"HMAC key (raw)", key},
        {"HMAC key (hex)", hex(key, false)},    {"HMAC key (HEX)", hex(key, true)},
    };
    const auto hits = scanForSecrets(m_dir, secrets, m_db + ".key");
    EXPECT_TRUE(hits.empty()) << ::testing::PrintToString(hits);

    // The scanner is able to find what it looks for: plant each secret in a control file.
    for (const auto &[name, secret] : secrets) {
        const std::string control = m_dir + "/run/control.bin";
        {
            std::ofstream f(control, std::ios::binary | std::ios::trunc);
            f << "header " << secret << " trailer";
        }
        const auto found = scanForSecrets(m_dir, {{name, secret}}, m_db + ".key");
        EXPECT_EQ(found, std::vector<std::string>{"control.bin: " + name}) << name;
        fs::remove(control);
    }
    // And it walks the key file when not told to skip it.
    EXPECT_EQ(scanForSecrets(m_dir, {{"raw", key}}, "").size(), 1u);
}

} // namespace
} // namespace lane::app::test
