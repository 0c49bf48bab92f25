#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/base/secretfile.h"

namespace lane::core {
namespace {

namespace fs = std::filesystem;

class SecretFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::string pattern = (fs::temp_directory_path() / "lane-secret-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string write(const std::string &name, const std::string &text, mode_t mode)
    {
        const auto path = (m_dir / name).string();
        std::ofstream(path) << text;
        ::chmod(path.c_str(), mode);
        return path;
    }

    fs::path m_dir;
};

TEST_F(SecretFileTest, ReadsAnOwnerOnlyFileUpToTheLimit)
{
    const auto path = write("key", "s3cret-value", 0600);
    auto all = readSecretFile(path, "test key", "test.key", 64);
    ASSERT_TRUE(all.ok()) << all.error().message;
    EXPECT_EQ(*all, "s3cret-value");
    auto cut = readSecretFile(path, "test key", "test.key", 6);
    ASSERT_TRUE(cut.ok());
    EXPECT_EQ(*cut, "s3cret");
}

TEST_F(SecretFileTest, RefusesGroupOrOtherBitsNamingTheFileAndTheFix)
{
    for (const mode_t mode : {0640, 0604, 0620, 0602}) {
        const auto path = write("key", "s3cret-value", mode);
        auto read = readSecretFile(path, "test key", "test.key", 64);
        ASSERT_FALSE(read.ok()) << std::oct << mode;
        EXPECT_EQ(read.error().code, "test.key_permissions");
        EXPECT_NE(read.error().message.find(path), std::string::npos);
        EXPECT_NE(read.error().message.find("chmod 600"), std::string::npos);
        EXPECT_EQ(read.error().message.find("s3cret"), std::string::npos);
    }
}

TEST_F(SecretFileTest, RefusesADirectoryAndNamesAMissingFile)
{
    auto dir = readSecretFile(m_dir.string(), "test key", "test.key", 64);
    ASSERT_FALSE(dir.ok());
    EXPECT_EQ(dir.error().code, "test.key_permissions");
    EXPECT_NE(dir.error().message.find("not a regular file"), std::string::npos);
    const auto missing = (m_dir / "absent").string();
    auto none = readSecretFile(missing, "test key", "test.key", 64);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, "test.key");
    EXPECT_NE(none.error().message.find(missing), std::string::npos);
}

} // namespace
} // namespace lane::core
