#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/money.h"

namespace lane::core {

/// How one device is reached: which adapter, on which port or address, with what options.
struct DeviceSettings
{
    std::string name;    // the table name: printer, scanner, scale, drawer, display, terminal
    std::string adapter; // "escpos-serial", "sim-printer", "zvt-tcp", ...
    std::string port;    // serial or device path, e.g. /dev/ttyUSB0
    std::string address; // host:port for network devices
    bool enabled = true;
    std::map<std::string, std::string> options;

    bool operator==(const DeviceSettings &) const = default;
};

/// Where and how telemetry leaves the lane.
struct TelemetrySettings
{
    std::string endpoint;        // empty: spool only
    std::string format = "otlp"; // otlp | datadog | ndjson
    std::string apiKeyFile;      // secret lives in its own file, never in this one
    std::string pinSha256;       // optional certificate public-key pin (base64)
    std::string caFile;          // PEM; replaces the system CAs for the receiver (own PKI)
    std::string spoolDir;        // default <data_dir>/telemetry
    std::int64_t diskBudgetBytes = 512LL * 1024 * 1024;
    int retentionDays = 90;
    int heartbeatSeconds = 30;
    int metricsSeconds = 60;

    bool operator==(const TelemetrySettings &) const = default;
};

/// Sale rules of the store.
struct SaleSettings
{
    Currency currency = *Currency::fromCode("KRW");
    std::string taxMode = "inclusive";    // inclusive (VAT) | exclusive (sales tax)
    std::string taxRounding = "per-line"; // per-line | per-receipt
    RoundingMode roundingMode = RoundingMode::HalfUp;
    std::int64_t cashRoundingIncrement = 1; // minor units; 10 for KRW to 10 won
    RoundingMode cashRoundingMode = RoundingMode::HalfUp;
    std::map<std::string, std::int64_t> taxClassesBasisPoints{{"standard", 1000}, {"exempt", 0}};
};

/// Self-checkout rules of the store ([sco]): loss prevention, idle handling, tenders.
struct ScoSettings
{
    bool securityScale = true;                  // check the bagging area after each item
    std::string baggingScale = "bagging_scale"; // the device name of the bagging scale
    std::int64_t toleranceGrams = 20;           // the smallest tolerance of any item
    std::int64_t tolerancePercent = 10;         // of the item's learned weight
    std::int64_t unknownItemMaxGrams = 5000;    // first sale of an item: any gain up to this
    int baggingTimeoutSeconds = 10;             // then "item not bagged"
    int skipBaggingPerTransaction = 2;          // "skip bagging" allowed this often
    std::int64_t skipBaggingMaxGrams = 2000;    // and only for items lighter than this
    int idlePromptSeconds = 30;                 // continue/cancel prompt before cancelling
    bool scanWhileAgePending = true;            // keep scanning while age is awaited
    std::vector<std::string> tenders{"card", "voucher"}; // card, voucher, cash
    std::vector<std::string> producePlus;                // the picture grid, in this order
    std::string badgePrefix = "ATT";                     // scanned attendant badges start with it

    bool operator==(const ScoSettings &) const = default;
};

/// How much the lane logs ([logging]): a level for every logger and overrides by logger name.
struct LoggingSettings
{
    std::string level = "info";                 // trace | debug | info | warn | error | critical
    std::map<std::string, std::string> modules; // logger name -> level, e.g. devices = "debug"

    bool operator==(const LoggingSettings &) const = default;
};

/// One lane's configuration: the lane file merged over the store-wide file.
struct LaneConfig
{
    std::string store;            // store code, e.g. S0123
    std::string pos;              // POS number, e.g. 02
    std::string mode = "pos";     // pos | sco
    std::string locale = "ko_KR"; // ko_KR | en_US
    std::string dataDir = "/var/lib/lane";
    int lockAfterSeconds = 300; // lock the lane after this much inactivity
    int scoIdleSeconds = 90;    // SCO: back to the attract screen
    SaleSettings sale;
    std::vector<DeviceSettings> devices;
    TelemetrySettings telemetry;
    ScoSettings sco;
    LoggingSettings logging;

    /// Device identity and host name: store code + POS number.
    std::string deviceId() const { return store + "-" + pos; }
    const DeviceSettings *device(const std::string &name) const;
};

/// One finding of the checker, naming file, line and key.
struct ConfigDiagnostic
{
    enum class Level { Error, Warning };
    Level level = Level::Error;
    std::string file;
    int line = 0;
    int column = 0;
    std::string key; // dotted path, e.g. devices.printer.adapter
    std::string message;

    /// "lane.toml:12:1: error: devices.printer.adpter: unknown key (did you mean 'adapter'?)"
    std::string toString() const;
};

/// The outcome of reading configuration: a config when there are no errors, and every
/// diagnostic found (all of them, not just the first).
struct ConfigReport
{
    std::optional<LaneConfig> config;
    std::vector<ConfigDiagnostic> diagnostics;

    bool ok() const { return config.has_value(); }
    int errorCount() const;
    int warningCount() const;
};

/// Reads and checks the lane file, with the store-wide file (pushed centrally) beneath it
/// when given: keys in the lane file win.
ConfigReport loadConfig(const std::string &laneFile, const std::string &storeFile = {});

/// Checks configuration text; `fileName` only names it in diagnostics.
ConfigReport parseConfig(const std::string &text, const std::string &fileName,
                         const std::string &storeText = {}, const std::string &storeFileName = {});

} // namespace lane::core
