// Every user-visible string is translated: the .ts files compiled into the app hold no
// unfinished or empty translation, and Korean texts are not left in English.
#include <gtest/gtest.h>

#include <QFile>
#include <QXmlStreamReader>

namespace {

struct TsProblem
{
    QString context;
    QString source;
    QString problem;
};

std::vector<TsProblem> checkTs(const QString &path, bool expectHangul, int *messages)
{
    std::vector<TsProblem> problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.push_back({path, {}, QStringLiteral("cannot open")});
        return problems;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    *messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++*messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                xml.skipCurrentElement();
                continue;
            }
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished")) {
                problems.push_back({context, source, QStringLiteral("unfinished")});
            } else if (text.trimmed().isEmpty()) {
                problems.push_back({context, source, QStringLiteral("empty")});
            } else if (expectHangul) {
                bool hangul = false;
                for (const QChar ch : text) {
                    hangul = hangul || (ch.unicode() >= 0xAC00 && ch.unicode() <= 0xD7A3);
                }
                if (!hangul) {
                    problems.push_back({context, source, QStringLiteral("no Korean text")});
                }
            }
        }
    }
    if (xml.hasError()) {
        problems.push_back({path, {}, xml.errorString()});
    }
    return problems;
}

class Translations : public ::testing::TestWithParam<std::pair<const char *, bool>>
{};

TEST_P(Translations, AreComplete)
{
    const QString path = qEnvironmentVariable("LANE_SOURCE_DIR", QStringLiteral(LANE_SOURCE_DIR))
                         + QStringLiteral("/translations/") + QLatin1String(GetParam().first);
    int messages = 0;
    const auto problems = checkTs(path, GetParam().second, &messages);
    EXPECT_GT(messages, 100) << path.toStdString();
    for (const auto &p : problems) {
        ADD_FAILURE() << path.toStdString() << ": " << p.context.toStdString() << ": \""
                      << p.source.toStdString() << "\": " << p.problem.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Files, Translations,
                         ::testing::Values(std::pair{"lane_ko.ts", true},
                                           std::pair{"lane_en.ts", false}));

} // namespace
