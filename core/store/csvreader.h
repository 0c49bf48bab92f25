#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace lane::core {

/// Streams RFC 4180 records from a file: quoted fields with "" escapes and embedded line
/// breaks, CRLF or LF, a UTF-8 byte order mark at the start tolerated. Reads in blocks, so
/// memory stays flat however large the file.
class CsvReader
{
public:
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    static Result<std::unique_ptr<CsvReader>> open(const std::string &path);

    /// Fills `fields` with the next record; false at end of file. Errors name the line.
    Result<bool> next(std::vector<std::string> &fields);
    /// The physical line on which the last record started (1-based).
    std::int64_t recordLine() const { return m_recordLine; }
    std::int64_t bytesRead() const { return m_consumed; }
    std::int64_t fileSize() const { return m_size; }
    const std::string &name() const { return m_name; }

private:
    CsvReader(std::FILE *f, const std::string &path, std::int64_t size);
    int get();
    int peek();

    std::FILE *m_file;
    std::string m_name; // file name without directories, for messages
    std::int64_t m_size;
    std::vector<char> m_buf;
    std::size_t m_pos = 0;
    std::size_t m_len = 0;
    std::int64_t m_consumed = 0;
    std::int64_t m_line = 1;
    std::int64_t m_recordLine = 0;
    bool m_started = false;
};

} // namespace lane::core
