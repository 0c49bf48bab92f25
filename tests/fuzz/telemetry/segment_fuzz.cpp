// Reading spool segments: arbitrary bytes as a segment file (torn lines, huge lines,
// garbage JSON) through readSegment() and parseJsonLine(). A line that parses must
// survive a write/parse round trip unchanged.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "telemetry/record.h"
#include "telemetry/segment.h"

using namespace lane::telemetry;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::filesystem::path path = std::filesystem::temp_directory_path()
                                              / ("lane-fuzz-segment-" + std::to_string(::getpid()));
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
    }
    for (bool closed : {false, true}) {
        std::uint64_t offset = 0;
        for (int guard = 0; guard < 1000; ++guard) {
            auto chunk = readSegment(path, offset, 3, 64, closed, 256);
            if (!chunk)
                break;
            for (const auto &line : chunk->lines) {
                auto r = parseJsonLine(line);
                if (!r)
                    continue;
                auto again = parseJsonLine(toJsonLine(*r));
                if (!again || again->name != r->name || again->seq != r->seq
                    || again->tsNs != r->tsNs || again->attributes.size() != r->attributes.size())
                    __builtin_trap();
            }
            if (chunk->nextOffset < offset || chunk->nextOffset > size)
                __builtin_trap();
            if (chunk->nextOffset == offset)
                break;
            offset = chunk->nextOffset;
        }
    }
    return 0;
}
