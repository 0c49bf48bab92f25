// Qt Quick Test runner: registers the statically linked Lane module and the Basic style.
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(LanePlugin)

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup() { QQuickStyle::setStyle(QStringLiteral("Basic")); }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(lane_qml, Setup)

#include "main.moc"
