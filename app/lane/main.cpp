// lane: the cashier touch UI. Parses the command line and hands over to LaneServices, the
// composition root that builds and wires every service.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTimer>

#include <cstdio>

#include "app/lane/configreloader.h"
#include "app/lane/forwarderswitch.h"
#include "app/lane/laneservices.h"
#include "app/lane/loglevels.h"
#include "app/lane/servicenotifier.h"
#include "app/lane/unixsignals.h"
#include "telemetry/forwarder.h"
#include "telemetry/telemetry.h"

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
    const QCommandLineOption terminal(QStringLiteral("terminal"),
                                      QStringLiteral("ZVT card terminal at HOST:PORT."),
                                      QStringLiteral("HOST:PORT"));
    parser.addOptions({demo, config, mode, selfTest, dataDir, language, terminal});
    parser.process(app);

    lane::app::LaneOptions options;
    options.demo = parser.isSet(demo) || (parser.isSet(selfTest) && !parser.isSet(config));
    options.configFile = parser.value(config);
    options.mode = parser.value(mode);
    options.dataDir = parser.value(dataDir);
    options.language = parser.value(language);
    options.terminal = parser.value(terminal);
    if (options.mode != QLatin1String("pos") && options.mode != QLatin1String("sco")) {
        std::fprintf(stderr, "lane: --mode must be pos or sco, not %s\n", qPrintable(options.mode));
        return 2;
    }

    // Before the services: the pid file announces the lane to `lanectl config apply` while it
    // still starts, and a SIGHUP then must wait for the event loop, not end the process.
    lane::app::UnixSignals unixSignals;
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
    // Under systemd (Type=notify): READY=1 once the sign-on screen is on screen with the store
    // open, WATCHDOG=1 while this thread turns. SIGTERM quits through the event loop, so the
    // telemetry queue drains.
    lane::app::ServiceNotifier notifier(lane::app::ServiceNotifier::fromEnvironment());
    QObject::connect(&unixSignals, &lane::app::UnixSignals::terminateRequested, &app, [&] {
        notifier.stopping(QStringLiteral("stopping"));
        QCoreApplication::quit();
    });
    // SIGHUP (systemctl reload lane): what can change while selling does, the rest is logged.
    lane::app::applyLogLevels(services.config().logging);
    lane::app::ForwarderSwitch forwarders(services.forwarder(), services.telemetry(), &services);
    QObject::connect(&forwarders, &lane::app::ForwarderSwitch::forwarderChanged, &services,
                     &lane::app::LaneServices::setForwarder);
    lane::app::ConfigReloader reloader(options.configFile, services.config(), services.session());
    reloader.setForwarderSwitch(&forwarders);
    QObject::connect(&unixSignals, &lane::app::UnixSignals::reloadRequested, &reloader,
                     [&reloader] { (void)reloader.reload(); });
    const QString lane = QString::fromStdString(services.config().deviceId());
    if (services.store()) {
        notifier.readyOnFirstFrame(services.window(),
                                   QStringLiteral("%1: ready to sell").arg(lane));
        QObject::connect(&reloader, &lane::app::ConfigReloader::reloadStarted, &notifier,
                         &lane::app::ServiceNotifier::reloading);
        QObject::connect(&reloader, &lane::app::ConfigReloader::reloadFinished, &notifier,
                         &lane::app::ServiceNotifier::reloaded);
    } else {
        notifier.setStatus(QStringLiteral("%1: cannot sell: %2").arg(lane, problems.join(u"; ")));
    }
    return app.exec();
}
