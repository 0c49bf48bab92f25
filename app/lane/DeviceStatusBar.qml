import QtQuick
import QtQuick.Layouts

// Every device at a glance; a failing one says what to do.
Rectangle {
    id: root
    required property var model
    property bool compact: width < 1400
    implicitHeight: flow.implicitHeight + 12
    color: "#263238"
    Accessible.name: qsTr("Device status")

    Flow {
        id: flow
        anchors.fill: parent
        anchors.margins: 6
        spacing: 6
        Repeater {
            model: root.model
            Rectangle {
                id: chip
                required property string label
                required property string level
                required property string advice
                required property string device
                objectName: "device_" + device
                height: 40
                width: row.implicitWidth + 20
                radius: 20
                color: level === "error" ? Theme.error : level === "warning" ? "#8a5000"
                     : level === "ok" ? "#37474f" : "#455a64"
                Accessible.name: label + ": " + advice
                RowLayout {
                    id: row
                    anchors.centerIn: parent
                    spacing: 6
                    // The state as a sign as well as a colour: ✓ ready, ! warning, ✕ fault, – off.
                    Rectangle {
                        width: 20; height: 20; radius: 10
                        color: chip.level === "ok" ? "#66bb6a" : chip.level === "off" ? "#90a4ae" : "white"
                        Text {
                            anchors.centerIn: parent
                            text: chip.level === "ok" ? "✓" : chip.level === "warning" ? "!"
                                : chip.level === "error" ? "✕" : "–"
                            color: chip.level === "error" ? Theme.error : chip.level === "warning" ? "#8a5000" : "#1d2430"
                            font.pixelSize: 14
                            font.bold: true
                        }
                    }
                    Text {
                        // Compact screens name the device only while nothing needs doing.
                        text: root.compact && (chip.level === "ok" || chip.level === "off")
                              ? chip.label : chip.label + " · " + chip.advice
                        color: "white"
                        font.pixelSize: 15
                        font.bold: chip.level === "error"
                    }
                }
            }
        }
    }
}
