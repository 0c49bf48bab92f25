#include "testutil.h"

#include <unistd.h>

#include <gtest/gtest.h>

namespace lane::telemetry::test {

namespace fs = std::filesystem;

TempDir::TempDir(const std::string &name)
{
    m_path = fs::path(LANE_BINARY_DIR) / "test-tmp"
             / (name + "-" + std::to_string(::getpid()) + "-"
                + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_path);
    fs::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

std::vector<Record> readSpool(const fs::path &spoolDir)
{
    std::vector<Record> out;
    for (const auto &seg : listSegments(spoolDir)) {
        auto chunk = readSegment(spoolDir / seg.file, 0, SIZE_MAX, 1 << 20, true);
        if (!chunk)
            continue;
        for (const auto &l : chunk->lines)
            if (auto r = parseJsonLine(l))
                out.push_back(std::move(*r));
    }
    return out;
}

} // namespace lane::telemetry::test
