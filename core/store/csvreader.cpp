#include "core/store/csvreader.h"

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/stat.h>

namespace lane::core {

CsvReader::CsvReader(std::FILE *f, const std::string &path, std::int64_t size)
    : m_file(f)
    , m_name(path.substr(path.find_last_of('/') + 1))
    , m_size(size)
    , m_buf(1 << 16)
{}

CsvReader::~CsvReader()
{
    std::fclose(m_file);
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const std::string &path)
{
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (!f) {
        return makeError("csv.open", path + ": cannot open: " + std::strerror(errno));
    }
    struct stat st
    {};
    const std::int64_t size = ::fstat(fileno(f), &st) == 0 ? st.st_size : 0;
    return std::unique_ptr<CsvReader>(new CsvReader(f, path, size));
}

int CsvReader::peek()
{
    if (m_pos == m_len) {
        m_len = std::fread(m_buf.data(), 1, m_buf.size(), m_file);
        m_pos = 0;
        if (m_len == 0) {
            return EOF;
        }
    }
    return static_cast<unsigned char>(m_buf[m_pos]);
}

int CsvReader::get()
{
    const int c = peek();
    if (c != EOF) {
        ++m_pos;
        ++m_consumed;
        if (c == '\n') {
            ++m_line;
        }
    }
    return c;
}

Result<bool> CsvReader::next(std::vector<std::string> &fields)
{
    fields.clear();
    if (!m_started) {
        m_started = true;
        if (peek() == 0xEF) {
            get();
            if (get() != 0xBB || get() != 0xBF) {
                return makeError("csv.syntax", m_name + ":1: invalid byte order mark");
            }
        }
    }
    // Skip blank lines between records.
    while (peek() == '\n' || peek() == '\r') {
        get();
    }
    if (peek() == EOF) {
        return false;
    }
    m_recordLine = m_line;
    std::string field;
    for (;;) {
        int c = peek();
        if (c == '"' && field.empty()) {
            get();
            const std::int64_t openedAt = m_line;
            for (;;) {
                c = get();
                if (c == EOF) {
                    return makeError("csv.syntax", m_name + ":" + std::to_string(openedAt)
                                                       + ": quoted field is never closed");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        get();
                        field += '"';
                        continue;
                    }
                    break;
                }
                field += static_cast<char>(c);
            }
            c = peek();
            if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                return makeError("csv.syntax", m_name + ":" + std::to_string(m_line)
                                                   + ": unexpected character after a quoted "
                                                     "field (a quote inside a field must be "
                                                     "doubled)");
            }
            continue;
        }
        if (c == ',') {
            get();
            fields.push_back(std::move(field));
            field.clear();
            continue;
        }
        if (c == '\r') {
            get();
            if (peek() == '\n') {
                get();
            }
            break;
        }
        if (c == '\n') {
            get();
            break;
        }
        if (c == EOF) {
            break;
        }
        if (c == '"') {
            return makeError("csv.syntax", m_name + ":" + std::to_string(m_line)
                                               + ": quote inside an unquoted field");
        }
        get();
        field += static_cast<char>(c);
    }
    fields.push_back(std::move(field));
    if (std::ferror(m_file)) {
        return makeError("csv.read", m_name + ": read error: " + std::strerror(errno));
    }
    return true;
}

} // namespace lane::core
