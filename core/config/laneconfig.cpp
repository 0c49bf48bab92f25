#include "core/config/laneconfig.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <sys/stat.h>

#include <toml++/toml.h>

#include "core/base/secretfile.h"

namespace lane::core {

namespace {

using Level = ConfigDiagnostic::Level;

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::string join(std::string_view path, std::string_view key)
{
    return path.empty() ? std::string(key) : std::string(path) + "." + std::string(key);
}

/// Reads one parsed file into a LaneConfig, recording every problem with its position.
class FileReader
{
public:
    FileReader(ConfigReport &report, std::string file)
        : m_report(report)
        , m_file(std::move(file))
    {}

    void read(const toml::table &root, LaneConfig &cfg, std::set<std::string> &seen);

    void add(Level level, const toml::source_region &where, std::string key, std::string message)
    {
        m_report.diagnostics.push_back({level, m_file, static_cast<int>(where.begin.line),
                                        static_cast<int>(where.begin.column), std::move(key),
                                        std::move(message)});
    }

private:
    void unknownKeys(const toml::table &t, std::string_view path,
                     std::initializer_list<std::string_view> known);
    const toml::table *table(const toml::table &parent, std::string_view path,
                             std::string_view key);
    bool str(const toml::table &t, std::string_view path, std::string_view key, std::string &out,
             std::initializer_list<std::string_view> choices = {});
    bool integer(const toml::table &t, std::string_view path, std::string_view key,
                 std::int64_t min, std::int64_t max, std::int64_t &out);
    bool boolean(const toml::table &t, std::string_view path, std::string_view key, bool &out);
    void rounding(const toml::table &t, std::string_view path, std::string_view key,
                  RoundingMode &out);
    void readLane(const toml::table &t, LaneConfig &cfg, std::set<std::string> &seen);
    void readSale(const toml::table &t, SaleSettings &sale, std::set<std::string> &seen);
    void readDevices(const toml::table &t, LaneConfig &cfg);
    void readTelemetry(const toml::table &t, TelemetrySettings &tel);
    void readSco(const toml::table &t, ScoSettings &sco);
    void readLogging(const toml::table &t, LoggingSettings &logging);
    bool strings(const toml::table &t, std::string_view path, std::string_view key,
                 std::vector<std::string> &out, std::initializer_list<std::string_view> choices);

    ConfigReport &m_report;
    std::string m_file;
};

void FileReader::unknownKeys(const toml::table &t, std::string_view path,
                             std::initializer_list<std::string_view> known)
{
    for (const auto &[k, node] : t) {
        const std::string_view key = k.str();
        if (std::find(known.begin(), known.end(), key) != known.end()) {
            continue;
        }
        std::string message = "unknown key";
        std::string_view best;
        std::size_t bestDistance = 3;
        for (auto candidate : known) {
            const auto d = editDistance(key, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (!best.empty()) {
            message += " (did you mean '" + std::string(best) + "'?)";
        }
        add(Level::Error, k.source(), join(path, key), message);
    }
}

const toml::table *FileReader::table(const toml::table &parent, std::string_view path,
                                     std::string_view key)
{
    const toml::node *node = parent.get(key);
    if (!node) {
        return nullptr;
    }
    if (!node->is_table()) {
        add(Level::Error, node->source(), join(path, key), "must be a table");
        return nullptr;
    }
    return node->as_table();
}

bool FileReader::str(const toml::table &t, std::string_view path, std::string_view key,
                     std::string &out, std::initializer_list<std::string_view> choices)
{
    const toml::node *node = t.get(key);
    if (!node) {
        return false;
    }
    const auto *value = node->as_string();
    if (!value) {
        add(Level::Error, node->source(), join(path, key), "must be a string");
        return false;
    }
    const std::string &s = value->get();
    if (choices.size() > 0 && std::find(choices.begin(), choices.end(), s) == choices.end()) {
        std::string list;
        for (auto c : choices) {
            list += (list.empty() ? "" : ", ") + std::string(c);
        }
        add(Level::Error, node->source(), join(path, key), "\"" + s + "\" is not one of: " + list);
        return false;
    }
    out = s;
    return true;
}

bool FileReader::integer(const toml::table &t, std::string_view path, std::string_view key,
                         std::int64_t min, std::int64_t max, std::int64_t &out)
{
    const toml::node *node = t.get(key);
    if (!node) {
        return false;
    }
    const auto *value = node->as_integer();
    if (!value) {
        add(Level::Error, node->source(), join(path, key),
            node->is_floating_point() ? "must be a whole number (money and sizes are never "
                                        "fractional)"
                                      : "must be an integer");
        return false;
    }
    if (value->get() < min || value->get() > max) {
        add(Level::Error, node->source(), join(path, key),
            std::to_string(value->get()) + " is out of range " + std::to_string(min) + ".."
                + std::to_string(max));
        return false;
    }
    out = value->get();
    return true;
}

bool FileReader::boolean(const toml::table &t, std::string_view path, std::string_view key,
                         bool &out)
{
    const toml::node *node = t.get(key);
    if (!node) {
        return false;
    }
    if (!node->is_boolean()) {
        add(Level::Error, node->source(), join(path, key), "must be true or false");
        return false;
    }
    out = node->as_boolean()->get();
    return true;
}

void FileReader::rounding(const toml::table &t, std::string_view path, std::string_view key,
                          RoundingMode &out)
{
    std::string name;
    if (str(t, path, key, name,
            {"half-up", "half-even", "half-down", "up", "down", "ceiling", "floor"})) {
        out = *roundingModeFromString(name);
    }
}

void FileReader::read(const toml::table &root, LaneConfig &cfg, std::set<std::string> &seen)
{
    unknownKeys(root, "", {"lane", "sale", "devices", "telemetry", "sco", "logging"});
    if (const auto *t = table(root, "", "lane")) {
        readLane(*t, cfg, seen);
    }
    if (const auto *t = table(root, "", "sale")) {
        readSale(*t, cfg.sale, seen);
    }
    if (const auto *t = table(root, "", "devices")) {
        readDevices(*t, cfg);
    }
    if (const auto *t = table(root, "", "telemetry")) {
        readTelemetry(*t, cfg.telemetry);
    }
    if (const auto *t = table(root, "", "sco")) {
        readSco(*t, cfg.sco);
    }
    if (const auto *t = table(root, "", "logging")) {
        readLogging(*t, cfg.logging);
    }
}

void FileReader::readLogging(const toml::table &t, LoggingSettings &logging)
{
    unknownKeys(t, "logging", {"level", "modules"});
    str(t, "logging", "level", logging.level,
        {"trace", "debug", "info", "warn", "error", "critical"});
    if (const auto *modules = table(t, "logging", "modules")) {
        // Logger names as the code makes them: "devices", "lane.config" (quote dotted names).
        static const std::regex kLogger("[a-z][a-z0-9_.-]{0,63}");
        for (const auto &[k, node] : *modules) {
            const std::string name(k.str());
            if (!std::regex_match(name, kLogger)) {
                add(Level::Error, k.source(), "logging.modules." + name,
                    "\"" + name + "\" is not a logger name (lower-case letters, digits, . _ -)");
                continue;
            }
            std::string level;
            if (str(*modules, "logging.modules", k.str(), level,
                    {"trace", "debug", "info", "warn", "error", "critical"})) {
                logging.modules[name] = level;
            }
        }
    }
}

bool FileReader::strings(const toml::table &t, std::string_view path, std::string_view key,
                         std::vector<std::string> &out,
                         std::initializer_list<std::string_view> choices)
{
    const toml::node *node = t.get(key);
    if (!node) {
        return false;
    }
    const auto *array = node->as_array();
    if (!array) {
        add(Level::Error, node->source(), join(path, key), "must be an array of strings");
        return false;
    }
    std::vector<std::string> values;
    bool ok = true;
    for (const auto &element : *array) {
        const auto *value = element.as_string();
        if (!value) {
            add(Level::Error, element.source(), join(path, key), "must be an array of strings");
            ok = false;
            continue;
        }
        if (choices.size() > 0
            && std::find(choices.begin(), choices.end(), value->get()) == choices.end()) {
            std::string list;
            for (auto c : choices) {
                list += (list.empty() ? "" : ", ") + std::string(c);
            }
            add(Level::Error, element.source(), join(path, key),
                "\"" + value->get() + "\" is not one of: " + list);
            ok = false;
            continue;
        }
        values.push_back(value->get());
    }
    if (ok) {
        out = std::move(values);
    }
    return ok;
}

void FileReader::readSco(const toml::table &t, ScoSettings &sco)
{
    unknownKeys(t, "sco",
                {"security_scale", "bagging_scale", "tolerance_grams", "tolerance_percent",
                 "unknown_item_max_grams", "bagging_timeout_seconds",
                 "skip_bagging_per_transaction", "skip_bagging_max_grams", "idle_prompt_seconds",
                 "scan_while_age_pending", "tenders", "produce_plus", "badge_prefix"});
    boolean(t, "sco", "security_scale", sco.securityScale);
    str(t, "sco", "bagging_scale", sco.baggingScale);
    integer(t, "sco", "tolerance_grams", 1, 10000, sco.toleranceGrams);
    integer(t, "sco", "tolerance_percent", 0, 100, sco.tolerancePercent);
    integer(t, "sco", "unknown_item_max_grams", 1, 100000, sco.unknownItemMaxGrams);
    std::int64_t n = 0;
    if (integer(t, "sco", "bagging_timeout_seconds", 1, 600, n)) {
        sco.baggingTimeoutSeconds = static_cast<int>(n);
    }
    if (integer(t, "sco", "skip_bagging_per_transaction", 0, 1000, n)) {
        sco.skipBaggingPerTransaction = static_cast<int>(n);
    }
    integer(t, "sco", "skip_bagging_max_grams", 0, 100000, sco.skipBaggingMaxGrams);
    if (integer(t, "sco", "idle_prompt_seconds", 5, 600, n)) {
        sco.idlePromptSeconds = static_cast<int>(n);
    }
    boolean(t, "sco", "scan_while_age_pending", sco.scanWhileAgePending);
    if (strings(t, "sco", "tenders", sco.tenders, {"card", "voucher", "cash"})
        && sco.tenders.empty()) {
        add(Level::Error, t.get("tenders")->source(), "sco.tenders",
            "at least one tender is needed (card, voucher, cash)");
    }
    strings(t, "sco", "produce_plus", sco.producePlus, {});
    if (str(t, "sco", "badge_prefix", sco.badgePrefix) && sco.badgePrefix.size() < 2) {
        add(Level::Error, t.get("badge_prefix")->source(), "sco.badge_prefix",
            "needs at least 2 characters, or an item barcode could pass for a badge");
    }
}

void FileReader::readLane(const toml::table &t, LaneConfig &cfg, std::set<std::string> &seen)
{
    unknownKeys(
        t, "lane",
        {"store", "pos", "mode", "locale", "data_dir", "lock_after_seconds", "sco_idle_seconds"});
    // Present-but-invalid is reported where it stands, not again as missing.
    for (auto key : {"store", "pos"}) {
        if (t.get(key)) {
            seen.insert(std::string("lane.") + key);
        }
    }
    static const std::regex kStore("[A-Z0-9]{1,16}");
    static const std::regex kPos("[0-9]{1,4}");
    std::string s;
    if (str(t, "lane", "store", s)) {
        if (std::regex_match(s, kStore)) {
            cfg.store = s;
        } else {
            add(Level::Error, t.get("store")->source(), "lane.store",
                "\"" + s + "\" is not a store code (1-16 capital letters or digits)");
        }
    }
    if (str(t, "lane", "pos", s)) {
        if (std::regex_match(s, kPos)) {
            cfg.pos = s;
        } else {
            add(Level::Error, t.get("pos")->source(), "lane.pos",
                "\"" + s + "\" is not a POS number (1-4 digits, as a string: \"02\")");
        }
    }
    str(t, "lane", "mode", cfg.mode, {"pos", "sco"});
    str(t, "lane", "locale", cfg.locale, {"ko_KR", "en_US"});
    if (str(t, "lane", "data_dir", s)) {
        if (s.empty() || s.front() != '/') {
            add(Level::Error, t.get("data_dir")->source(), "lane.data_dir",
                "must be an absolute path");
        } else {
            cfg.dataDir = s;
        }
    }
    std::int64_t n = 0;
    if (integer(t, "lane", "lock_after_seconds", 0, 86400, n)) {
        cfg.lockAfterSeconds = static_cast<int>(n);
    }
    if (integer(t, "lane", "sco_idle_seconds", 10, 3600, n)) {
        cfg.scoIdleSeconds = static_cast<int>(n);
    }
}

void FileReader::readSale(const toml::table &t, SaleSettings &sale, std::set<std::string> &seen)
{
    unknownKeys(t, "sale",
                {"currency", "tax_mode", "tax_rounding", "rounding_mode", "cash_rounding_increment",
                 "cash_rounding_mode", "tax_classes"});
    if (t.get("currency")) {
        seen.insert("sale.currency");
    }
    std::string s;
    if (str(t, "sale", "currency", s)) {
        if (auto c = Currency::fromCode(s)) {
            sale.currency = *c;
        } else {
            add(Level::Error, t.get("currency")->source(), "sale.currency",
                "\"" + s + "\" is not a supported ISO 4217 currency code");
        }
    }
    str(t, "sale", "tax_mode", sale.taxMode, {"inclusive", "exclusive"});
    str(t, "sale", "tax_rounding", sale.taxRounding, {"per-line", "per-receipt"});
    rounding(t, "sale", "rounding_mode", sale.roundingMode);
    rounding(t, "sale", "cash_rounding_mode", sale.cashRoundingMode);
    integer(t, "sale", "cash_rounding_increment", 1, 100000, sale.cashRoundingIncrement);
    if (const auto *classes = table(t, "sale", "tax_classes")) {
        for (const auto &[k, node] : *classes) {
            std::int64_t bp = 0;
            if (integer(*classes, "sale.tax_classes", k.str(), 0, 10000, bp)) {
                sale.taxClassesBasisPoints[std::string(k.str())] = bp;
            }
        }
    }
}

void FileReader::readDevices(const toml::table &t, LaneConfig &cfg)
{
    static const std::regex kAddress(R"(([A-Za-z0-9.\-]+|\[[0-9A-Fa-f:]+\]):[0-9]{1,5})");
    for (const auto &[k, node] : t) {
        const std::string name(k.str());
        const std::string path = "devices." + name;
        if (!node.is_table()) {
            add(Level::Error, node.source(), path, "must be a table ([devices." + name + "])");
            continue;
        }
        const auto &dt = *node.as_table();
        unknownKeys(dt, path, {"adapter", "port", "address", "enabled", "options"});
        auto it = std::find_if(cfg.devices.begin(), cfg.devices.end(),
                               [&](const DeviceSettings &d) { return d.name == name; });
        if (it == cfg.devices.end()) {
            cfg.devices.push_back(DeviceSettings{name, {}, {}, {}, true, {}});
            it = std::prev(cfg.devices.end());
        }
        DeviceSettings &dev = *it;
        str(dt, path, "adapter", dev.adapter);
        str(dt, path, "port", dev.port);
        std::string address;
        if (str(dt, path, "address", address)) {
            if (std::regex_match(address, kAddress)) {
                dev.address = address;
            } else {
                add(Level::Error, dt.get("address")->source(), path + ".address",
                    "\"" + address + "\" is not host:port");
            }
        }
        boolean(dt, path, "enabled", dev.enabled);
        if (const auto *opts = table(dt, path, "options")) {
            for (const auto &[ok, ov] : *opts) {
                if (ov.is_string()) {
                    dev.options[std::string(ok.str())] = ov.as_string()->get();
                } else if (ov.is_integer()) {
                    dev.options[std::string(ok.str())] = std::to_string(ov.as_integer()->get());
                } else if (ov.is_boolean()) {
                    dev.options[std::string(ok.str())] = ov.as_boolean()->get() ? "true" : "false";
                } else {
                    add(Level::Error, ov.source(), path + ".options." + std::string(ok.str()),
                        "must be a string, integer or boolean");
                }
            }
        }
        if (!dev.port.empty() && dev.adapter.rfind("sim-", 0) != 0) {
            struct stat st
            {};
            if (::stat(dev.port.c_str(), &st) != 0) {
                add(Level::Warning, dt.get("port")->source(), path + ".port",
                    dev.port + " does not exist now (device unplugged or wrong path?)");
            }
        }
    }
}

void FileReader::readTelemetry(const toml::table &t, TelemetrySettings &tel)
{
    unknownKeys(t, "telemetry",
                {"endpoint", "format", "api_key_file", "pin_sha256", "ca_file", "spool_dir",
                 "disk_budget_mb", "retention_days", "heartbeat_seconds", "metrics_seconds"});
    std::string endpoint;
    if (str(t, "telemetry", "endpoint", endpoint)) {
        static const std::regex kLoopback(
            R"(http://(127\.[0-9.]+|localhost|\[::1\])(:[0-9]+)?(/.*)?)");
        if (endpoint.rfind("https://", 0) == 0 || std::regex_match(endpoint, kLoopback)
            || endpoint.empty()) {
            tel.endpoint = endpoint;
        } else if (endpoint.rfind("http://", 0) == 0) {
            add(Level::Error, t.get("endpoint")->source(), "telemetry.endpoint",
                "plain http is allowed only to a loopback address; use https://");
        } else {
            add(Level::Error, t.get("endpoint")->source(), "telemetry.endpoint",
                "\"" + endpoint + "\" is not an http(s) URL");
        }
    }
    str(t, "telemetry", "format", tel.format, {"otlp", "datadog", "ndjson"});
    if (str(t, "telemetry", "api_key_file", tel.apiKeyFile)) {
        // The forwarder refuses a key file that fails this check; say so here already.
        if (auto key = readSecretFile(tel.apiKeyFile, "API key file", "telemetry.api_key_file", 1);
            !key) {
            add(Level::Warning, t.get("api_key_file")->source(), "telemetry.api_key_file",
                key.error().message);
        }
    }
    str(t, "telemetry", "pin_sha256", tel.pinSha256);
    if (str(t, "telemetry", "ca_file", tel.caFile)) {
        struct stat st
        {};
        if (::stat(tel.caFile.c_str(), &st) != 0) {
            add(Level::Warning, t.get("ca_file")->source(), "telemetry.ca_file",
                tel.caFile + " does not exist: the forwarder will not start until it does");
        }
    }
    str(t, "telemetry", "spool_dir", tel.spoolDir);
    std::int64_t n = 0;
    if (integer(t, "telemetry", "disk_budget_mb", 16, 1024 * 1024, n)) {
        tel.diskBudgetBytes = n * 1024 * 1024;
    }
    if (integer(t, "telemetry", "retention_days", 1, 3650, n)) {
        tel.retentionDays = static_cast<int>(n);
    }
    if (integer(t, "telemetry", "heartbeat_seconds", 5, 3600, n)) {
        tel.heartbeatSeconds = static_cast<int>(n);
    }
    if (integer(t, "telemetry", "metrics_seconds", 10, 3600, n)) {
        tel.metricsSeconds = static_cast<int>(n);
    }
}

bool parseInto(const std::string &text, const std::string &fileName, ConfigReport &report,
               LaneConfig &cfg, std::set<std::string> &seen)
{
    toml::table parsed;
    try {
        // toml++ as Debian builds it reports syntax errors by exception.
        parsed = toml::parse(text, fileName);
    } catch (const toml::parse_error &err) {
        report.diagnostics.push_back(
            {Level::Error, fileName, static_cast<int>(err.source().begin.line),
             static_cast<int>(err.source().begin.column), "", std::string(err.description())});
        return false;
    }
    FileReader(report, fileName).read(parsed, cfg, seen);
    return true;
}

} // namespace

const DeviceSettings *LaneConfig::device(const std::string &name) const
{
    for (const auto &d : devices) {
        if (d.name == name) {
            return &d;
        }
    }
    return nullptr;
}

std::string ConfigDiagnostic::toString() const
{
    std::ostringstream out;
    out << file << ":" << line << ":" << column << ": "
        << (level == Level::Error ? "error" : "warning") << ": ";
    if (!key.empty()) {
        out << key << ": ";
    }
    out << message;
    return out.str();
}

int ConfigReport::errorCount() const
{
    return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                          [](auto &d) { return d.level == Level::Error; }));
}

int ConfigReport::warningCount() const
{
    return static_cast<int>(diagnostics.size()) - errorCount();
}

ConfigReport parseConfig(const std::string &text, const std::string &fileName,
                         const std::string &storeText, const std::string &storeFileName)
{
    ConfigReport report;
    LaneConfig cfg;
    std::set<std::string> seen;
    bool parsed = true;
    if (!storeFileName.empty()) {
        parsed = parseInto(storeText, storeFileName, report, cfg, seen);
    }
    parsed = parseInto(text, fileName, report, cfg, seen) && parsed;
    for (const auto &[key, what] :
         {std::pair{"lane.store", "the store code"}, std::pair{"lane.pos", "the POS number"},
          std::pair{"sale.currency", "the currency"}}) {
        if (parsed && !seen.count(key)) {
            report.diagnostics.push_back({Level::Error, fileName, 1, 1, key,
                                          std::string("missing: ") + what + " is required"});
        }
    }
    for (const auto &d : cfg.devices) {
        if (d.adapter.empty()) {
            report.diagnostics.push_back({Level::Error, fileName, 1, 1,
                                          "devices." + d.name + ".adapter",
                                          "missing: every device needs an adapter"});
        }
    }
    if (cfg.telemetry.spoolDir.empty()) {
        cfg.telemetry.spoolDir = cfg.dataDir + "/telemetry";
    }
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const ConfigDiagnostic &a, const ConfigDiagnostic &b) {
                         return std::tie(a.file, a.line, a.column)
                                < std::tie(b.file, b.line, b.column);
                     });
    if (report.errorCount() == 0) {
        report.config = std::move(cfg);
    }
    return report;
}

namespace {
std::optional<std::string> slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

ConfigReport loadConfig(const std::string &laneFile, const std::string &storeFile)
{
    const auto lane = slurp(laneFile);
    if (!lane) {
        ConfigReport r;
        r.diagnostics.push_back({Level::Error, laneFile, 0, 0, "", "cannot read the file"});
        return r;
    }
    std::string store;
    if (!storeFile.empty()) {
        auto s = slurp(storeFile);
        if (!s) {
            ConfigReport r;
            r.diagnostics.push_back({Level::Error, storeFile, 0, 0, "", "cannot read the file"});
            return r;
        }
        store = std::move(*s);
    }
    return parseConfig(*lane, laneFile, store, storeFile);
}

} // namespace lane::core
