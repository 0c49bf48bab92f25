#include <cstdlib>
#include <iostream>
#include <optional>
#include <ostream>
#include <pwd.h>
#include <unistd.h>

#include "app/lanectl/command.h"
#include "core/store/audit.h"
#include "core/store/sqliteusers.h"
#include "telemetry/telemetry.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl user add --id ID --name NAME --role ROLE [--pin-stdin] [--badge-stdin]\n"
      "       lanectl user list\n"
      "       lanectl user set-pin --id ID           (the new PIN on standard input)\n"
      "       lanectl user disable --id ID\n"
      "       lanectl user sign-on --id ID           (the PIN on standard input)\n"
      "       lanectl user permissions\n"
      "       lanectl user permit --role ROLE --action ACTION --to allow|approval|deny\n\n"
      "PINs and badge codes are read from standard input, one per line (PIN first), and are\n"
      "stored only as PBKDF2-SHA256 hashes; they are never accepted on the command line.\n"
      "A PIN is 4-12 digits, not one digit repeated, not a run (1234) or a repeated pair.\n"
      "Roles: cashier, supervisor, manager, sco_attendant, technician.\n"
      "sign-on checks a PIN as the lane does (lockout, journal entry auth.sign_on or\n"
      "auth.sign_on_failed). permit stores a per-store override of the permission matrix.\n"
      "Every change is journaled (auth.user_added, auth.pin_reset, auth.user_disabled).\n";

/// The Unix account running lanectl, for the journal: who administered the users.
std::string operatorName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return std::string("lanectl:") + pw->pw_name;
    return "lanectl:uid" + std::to_string(::geteuid());
}

/// Where sign-on events go: the telemetry spool named by LANE_TELEMETRY_SPOOL (as the lane
/// writes it), or nowhere. Flushed before the command returns.
class EventOutput
{
public:
    explicit EventOutput(const core::Store &store)
    {
        const char *dir = std::getenv("LANE_TELEMETRY_SPOOL");
        if (!dir || !*dir)
            return;
        telemetry::TelemetryConfig c;
        c.resource.store = store.identity().storeCode;
        c.resource.pos = store.identity().posNumber;
        c.resource.host = store.identity().deviceId();
        c.resource.mode = "lanectl";
        c.spool.dir = dir;
        // No ring file: that one is the lane's (its lock and its dead process's events). The
        // few events of a command are written before it returns (flush below).
        c.clock = &store.clock();
        c.writerThread = false;
        auto t = telemetry::Telemetry::create(std::move(c));
        if (!t) {
            std::cerr << "lanectl: telemetry spool " << dir << ": " << t.error().message << "\n";
            return;
        }
        m_telemetry = std::move(*t);
    }
    ~EventOutput()
    {
        if (m_telemetry) {
            m_telemetry->flush();
            m_telemetry->stop();
        }
    }
    EventOutput(const EventOutput &) = delete;
    EventOutput &operator=(const EventOutput &) = delete;
    core::EventSink &sink()
    {
        return m_telemetry ? *m_telemetry : static_cast<core::EventSink &>(m_null);
    }

private:
    std::shared_ptr<telemetry::Telemetry> m_telemetry;
    core::NullEventSink m_null;
};

/// One line of standard input without its line ending; nullopt at end of input.
std::optional<std::string> readSecretLine(std::istream &in)
{
    std::string line;
    if (!std::getline(in, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

int journal(Invocation &inv, core::Store &store, std::string_view type, const std::string &id,
            std::vector<std::pair<std::string, std::string>> extra = {})
{
    core::JournalAuditLog log(store);
    core::AuditRecord r{std::string(type), {{"user", id}, {"by", operatorName()}}};
    for (auto &e : extra)
        r.fields.push_back(std::move(e));
    if (auto st = log.append(r); !st)
        return fail(inv, st.error(), kExitFailure);
    return kExitOk;
}

int add(Invocation &inv, const Args &args, core::Store &store)
{
    const auto role = core::roleFromString(args.get("role"));
    if (args.get("id").empty() || args.get("name").empty() || !args.options.count("role"))
        return usageError(inv, "user add needs --id, --name and --role", kUsage);
    if (!role)
        return usageError(inv, "unknown role \"" + args.get("role") + "\"", kUsage);
    core::NewUser u{args.get("id"), args.get("name"), *role, {}, {}};
    if (args.has("pin-stdin")) {
        auto pin = readSecretLine(std::cin);
        if (!pin)
            return usageError(inv, "--pin-stdin: no PIN on standard input", kUsage);
        if (pin->empty())
            return fail(inv, core::checkPinStrength("").error(), kExitFailure);
        u.pin = std::move(*pin);
    }
    if (args.has("badge-stdin")) {
        auto badge = readSecretLine(std::cin);
        if (!badge || badge->empty())
            return usageError(inv, "--badge-stdin: no badge code on standard input", kUsage);
        u.badge = std::move(*badge);
    }
    core::SqliteUserStore users(store.database(), store.clock());
    if (auto st = users.addUser(u); !st)
        return fail(inv, st.error(), kExitFailure);
    if (int rc = journal(inv, store, core::audit_type::kUserAdded, u.id,
                         {{"role", std::string(core::toString(u.role))},
                          {"pin", u.pin.empty() ? "none" : "set"},
                          {"badge", u.badge.empty() ? "none" : "set"}});
        rc != kExitOk)
        return rc;
    inv.out << "user " << u.id << " added (" << core::toString(u.role) << ")\n";
    return kExitOk;
}

int list(Invocation &inv, core::Store &store)
{
    core::SqliteUserStore users(store.database(), store.clock());
    auto all = users.users();
    if (!all)
        return fail(inv, all.error(), kExitFailure);
    inv.out << "id\tname\trole\tstatus\tpin\tbadge\n";
    for (const auto &u : *all) {
        inv.out << u.id << '\t' << u.displayName << '\t' << core::toString(u.role) << '\t'
                << (u.active ? "active" : "disabled") << '\t' << (u.pinHash.empty() ? "-" : "set")
                << '\t' << (u.badgeHash.empty() ? "-" : "set") << '\n';
    }
    return kExitOk;
}

int signOn(Invocation &inv, const Args &args, core::Store &store)
{
    auto pin = readSecretLine(std::cin);
    if (!pin)
        return usageError(inv, "user sign-on: no PIN on standard input", kUsage);
    core::SqliteUserStore users(store.database(), store.clock());
    auto matrix = users.permissionMatrix();
    if (!matrix)
        return fail(inv, matrix.error(), kExitFailure);
    core::Authorizer auth(users, *matrix, store.clock());
    core::JournalAuditLog log(store);
    EventOutput events(store);
    core::AuditedAuthorizer audited(auth, log, events.sink(), &users);
    if (auto st = audited.loadLockouts(); !st)
        return fail(inv, st.error(), kExitFailure);
    auto user = audited.signOn(args.get("id"), *pin);
    if (!user)
        return fail(inv, user.error(), kExitFailure);
    inv.out << "signed on: " << user->id << " (" << core::toString(user->role) << ")\n";
    return kExitOk;
}

int permissions(Invocation &inv, core::Store &store)
{
    core::SqliteUserStore users(store.database(), store.clock());
    auto m = users.permissionMatrix();
    if (!m)
        return fail(inv, m.error(), kExitFailure);
    inv.out << "action";
    for (std::size_t r = 0; r < core::kRoleCount; ++r)
        inv.out << '\t' << core::toString(static_cast<core::Role>(r));
    inv.out << '\n';
    for (std::size_t a = 0; a < core::kActionCount; ++a) {
        const auto action = static_cast<core::Action>(a);
        inv.out << core::toString(action);
        for (std::size_t r = 0; r < core::kRoleCount; ++r)
            inv.out << '\t' << core::toString(m->permission(static_cast<core::Role>(r), action));
        inv.out << '\n';
    }
    return kExitOk;
}

int permit(Invocation &inv, const Args &args, core::Store &store)
{
    const auto role = core::roleFromString(args.get("role"));
    const auto action = core::actionFromString(args.get("action"));
    const auto to = core::permissionFromString(args.get("to"));
    if (!role)
        return usageError(inv, "unknown role \"" + args.get("role") + "\"", kUsage);
    if (!action)
        return usageError(inv, "unknown action \"" + args.get("action") + "\"", kUsage);
    if (!to)
        return usageError(inv, "--to must be allow, approval or deny", kUsage);
    core::SqliteUserStore users(store.database(), store.clock());
    if (auto st = users.setPermission(*role, *action, *to); !st)
        return fail(inv, st.error(), kExitFailure);
    if (int rc = journal(inv, store, "auth.permission_changed", "",
                         {{"role", std::string(core::toString(*role))},
                          {"action", std::string(core::toString(*action))},
                          {"decision", std::string(core::toString(*to))}});
        rc != kExitOk)
        return rc;
    inv.out << core::toString(*role) << " " << core::toString(*action) << ": "
            << core::toString(*to) << "\n";
    return kExitOk;
}

} // namespace

int runUser(Invocation &inv)
{
    for (const auto &w : inv.words) {
        if (w == "--pin" || w.rfind("--pin=", 0) == 0 || w == "--badge"
            || w.rfind("--badge=", 0) == 0) {
            return usageError(inv,
                              "secrets are not accepted on the command line (other users see "
                              "them in ps and shell history); use --pin-stdin / --badge-stdin",
                              kUsage);
        }
    }
    auto args = parseArgs(inv.words, {"id", "name", "role", "action", "to"},
                          {"pin-stdin", "badge-stdin"});
    if (!args)
        return usageError(inv, args.error().message, kUsage);
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    const std::string sub = args->positional.empty() ? "" : args->positional[0];
    static const std::set<std::string> kSubs{"add",     "list",        "set-pin", "disable",
                                             "sign-on", "permissions", "permit"};
    if (!kSubs.count(sub)) {
        return usageError(inv,
                          sub.empty() ? "user needs a subcommand"
                                      : "unknown user subcommand \"" + sub + "\"",
                          kUsage);
    }
    if (args->positional.size() != 1)
        return usageError(inv, "unexpected argument \"" + args->positional[1] + "\"", kUsage);
    const bool needsId = sub == "set-pin" || sub == "disable" || sub == "sign-on";
    if (needsId && args->get("id").empty())
        return usageError(inv, "user " + sub + " needs --id", kUsage);
    auto store = openStore(inv);
    if (!store)
        return fail(inv, store.error(), kExitFailure);
    core::Store &s = **store;
    if (sub == "add")
        return add(inv, *args, s);
    if (sub == "list")
        return list(inv, s);
    if (sub == "sign-on")
        return signOn(inv, *args, s);
    if (sub == "permissions")
        return permissions(inv, s);
    if (sub == "permit")
        return permit(inv, *args, s);
    core::SqliteUserStore users(s.database(), s.clock());
    const std::string id = args->get("id");
    if (sub == "disable") {
        if (auto st = users.disable(id); !st)
            return fail(inv, st.error(), kExitFailure);
        if (int rc = journal(inv, s, core::audit_type::kUserDisabled, id); rc != kExitOk)
            return rc;
        inv.out << "user " << id << " disabled\n";
        return kExitOk;
    }
    auto pin = readSecretLine(std::cin);
    if (!pin)
        return usageError(inv, "user set-pin: no PIN on standard input", kUsage);
    if (auto st = users.resetPin(id, *pin); !st)
        return fail(inv, st.error(), kExitFailure);
    if (int rc = journal(inv, s, core::audit_type::kPinReset, id); rc != kExitOk)
        return rc;
    inv.out << "user " << id << ": PIN set\n";
    return kExitOk;
}

} // namespace lane::app::lanectl
