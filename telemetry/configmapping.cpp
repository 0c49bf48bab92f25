#include "telemetry/configmapping.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/base/secretfile.h"
#include "core/config/laneconfig.h"

namespace lane::telemetry {

namespace fs = std::filesystem;

fs::path telemetryRoot(const core::LaneConfig &config)
{
    const auto &dir = config.telemetry.spoolDir;
    return dir.empty() ? fs::path(config.dataDir) / "telemetry" : fs::path(dir);
}

fs::path spoolDirOf(const core::LaneConfig &config)
{
    return telemetryRoot(config) / "spool";
}

namespace {

core::Result<Format> formatOf(const std::string &name)
{
    if (name == "otlp")
        return Format::Otlp;
    if (name == "datadog")
        return Format::Datadog;
    if (name == "ndjson" || name == "clickhouse")
        return Format::ClickHouse;
    return core::makeError("telemetry.format", "telemetry.format: unknown format \"" + name
                                                   + "\" (otlp, datadog, ndjson)");
}

core::Result<QByteArray> readKeyFile(const std::string &path)
{
    // The key is a secret like the journal's: only the service user may read it.
    auto text
        = core::readSecretFile(path, "telemetry.api_key_file", "telemetry.api_key_file", 64 * 1024);
    if (!text)
        return text.error();
    return QByteArray::fromStdString(*text).trimmed();
}

} // namespace

core::Result<ForwarderConfig> forwarderConfigFor(const core::LaneConfig &config)
{
    const auto &settings = config.telemetry;
    if (settings.endpoint.empty())
        return core::makeError("telemetry.no_endpoint",
                               "telemetry.endpoint is not set: this lane only spools");
    ForwarderConfig forward;
    forward.spoolDir = spoolDirOf(config);
    forward.archiveDir = telemetryRoot(config) / "archive";
    if (settings.retentionDays > 0)
        forward.archiveDays = settings.retentionDays;
    forward.endpoint = QUrl(QString::fromStdString(settings.endpoint));
    auto format = formatOf(settings.format);
    if (!format)
        return format.error();
    forward.format = *format;
    if (!settings.apiKeyFile.empty()) {
        if (forward.format != Format::Datadog)
            return core::makeError("telemetry.api_key_file",
                                   "telemetry.api_key_file is sent with the datadog format only, "
                                   "not with "
                                       + settings.format);
        auto key = readKeyFile(settings.apiKeyFile);
        if (!key)
            return key.error();
        forward.headers.append(qMakePair(QByteArrayLiteral("DD-API-KEY"), *key));
    }
    if (!settings.caFile.empty())
        forward.caFile = settings.caFile;
    if (!settings.pinSha256.empty())
        forward.pinnedSpkiSha256.append(QByteArray::fromStdString(settings.pinSha256));
    return forward;
}

} // namespace lane::telemetry
