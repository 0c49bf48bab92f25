// lane: the cashier touch UI. Parses the command line and hands over to LaneServices, the
// composition root that builds and wires every service.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTimer>

#include <cstdio>

#include "app/lane/laneservices.h"

#include <QtQml/QQmlExtensionPlugin>
Q_IMPORT_QML_PLUGIN(LanePlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("lane"));
    QGuiApplication::setOrganizationName(QStringLiteral("Lane"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lane checkout"));
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Demo store with simulated devices."));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Lane file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("pos or sco."),
                                  QStringLiteral("MODE"), QStringLiteral("pos"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Start, check the wiring, exit 0 or 1."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Demo data directory."), QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("ko or en."),
                                      QStringLiteral("LANG"));
    parser.addOptions({demo, config, mode, selfTest, dataDir, language});
    parser.process(app);

    lane::app::LaneOptions options;
    options.demo = parser.isSet(demo) || (parser.isSet(selfTest) && !parser.isSet(config));
    options.configFile = parser.value(config);
    options.mode = parser.value(mode);
    options.dataDir = parser.value(dataDir);
    options.language = parser.value(language);
    if (options.mode != QLatin1String("pos") && options.mode != QLatin1String("sco")) {
        std::fprintf(stderr, "lane: --mode must be pos or sco, not %s\n", qPrintable(options.mode));
        return 2;
    }

    lane::app::LaneServices services(options);
    const QStringList problems = services.build();
    for (const auto &problem : problems) {
        std::fprintf(stderr, "lane: %s\n", qPrintable(problem));
    }
    if (!services.sale()) {
        return 2;
    }

    QQmlApplicationEngine engine;
    const bool loaded = services.load(engine);
    if (parser.isSet(selfTest)) {
        QStringList found = problems;
        found << services.selfTest(engine);
        for (const auto &problem : found) {
            std::fprintf(stderr, "self-test: %s\n", qPrintable(problem));
        }
        std::fprintf(stderr, "self-test: %s\n", found.isEmpty() ? "ok" : "FAILED");
        return found.isEmpty() && loaded ? 0 : 1;
    }
    if (!loaded) {
        return 1;
    }
    return app.exec();
}
