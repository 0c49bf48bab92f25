#include "telemetry/archive.h"

#include <algorithm>
#include <vector>

#include "telemetry/httppolicy.h"
#include "telemetry/segment.h"

namespace lane::telemetry {

namespace fs = std::filesystem;

core::Status archiveSegment(const fs::path &segment, const fs::path &archiveDir)
{
    const auto data = readSmallFile(segment);
    if (!data)
        return core::makeError("telemetry.archive", "cannot read " + segment.string());
    auto packed = compress(Compression::Zstd, *data, 3);
    if (!packed)
        return packed.error();
    if (auto st = writeFileDurably(archiveDir / (segment.filename().string() + ".zst"), *packed);
        !st)
        return st;
    std::error_code ec;
    fs::remove(segment, ec);
    return {};
}

std::size_t pruneArchive(const fs::path &archiveDir, int keepDays, std::uint64_t budgetBytes,
                         core::TimePoint now)
{
    struct Entry
    {
        SegmentName name;
        fs::path path;
        std::uint64_t size;
    };
    std::vector<Entry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(archiveDir, ec), end; !ec && it != end; it.increment(ec)) {
        const auto file = it->path().filename().string();
        if (!file.ends_with(".zst"))
            continue;
        if (auto s = parseSegmentName(file.substr(0, file.size() - 4))) {
            std::error_code sec;
            entries.push_back(
                {*s, it->path(), static_cast<std::uint64_t>(fs::file_size(it->path(), sec))});
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    const auto cutoff = utcDay(
        static_cast<std::uint64_t>((now - std::chrono::days(keepDays)).time_since_epoch().count()));
    std::uint64_t total = 0;
    for (const auto &e : entries)
        total += e.size;
    std::size_t removed = 0;
    for (const auto &e : entries) {
        if (e.name.day >= cutoff && total <= budgetBytes)
            break; // sorted oldest first: the rest is newer and we are within budget
        if (e.name.day < cutoff || total > budgetBytes) {
            if (fs::remove(e.path, ec)) {
                total -= e.size;
                ++removed;
            }
        }
    }
    return removed;
}

} // namespace lane::telemetry
