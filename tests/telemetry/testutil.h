#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "telemetry/record.h"
#include "telemetry/segment.h"

namespace lane::telemetry::test {

/// A fresh empty directory under the build tree, removed on destruction.
class TempDir
{
public:
    explicit TempDir(const std::string &name);
    ~TempDir();
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// Every record in every segment of `spoolDir`, in segment order.
std::vector<Record> readSpool(const std::filesystem::path &spoolDir);

inline Resource testResource()
{
    return {"S0123", "02", "S0123-02", "0.1.0", "pos", "S0123-02"};
}

} // namespace lane::telemetry::test
