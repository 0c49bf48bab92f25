import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lane

// The store manager's screens: shift and cash, the X report, the end of day. A manager
// opens them; anyone else is asked for a manager's number and PIN first.
Rectangle {
    id: root
    required property ManagerViewModel manager
    property alias page: pages.currentIndex
    signal back()
    color: Theme.background
    Accessible.name: qsTr("Manager screens")

    // Not a manager yet: number, then PIN, on the keypad.
    ColumnLayout {
        id: gate
        objectName: "managerGate"
        property string managerNumber: ""
        visible: !root.manager.active
        anchors.centerIn: parent
        width: Math.min(460, parent.width - 32)
        height: Math.min(640, parent.height - 32)
        spacing: Theme.spacing
        Text { text: qsTr("Manager sign-in"); font.pixelSize: 26; font.bold: true; color: Theme.text }
        Text {
            objectName: "managerGateMessage"
            text: root.manager.message
            visible: text.length > 0
            color: Theme.error; font.pixelSize: 17; font.bold: true
            Layout.fillWidth: true; wrapMode: Text.WordWrap
        }
        Text {
            text: gate.managerNumber.length === 0 ? qsTr("Manager number") : qsTr("PIN of %1").arg(gate.managerNumber)
            font.pixelSize: 20; color: Theme.text
        }
        NumericKeypad {
            id: gateKeypad
            objectName: "managerKeypad"
            masked: gate.managerNumber.length > 0
            enterText: qsTr("OK")
            Layout.fillWidth: true
            Layout.fillHeight: true
            onAccepted: (value) => {
                if (gate.managerNumber.length === 0) { gate.managerNumber = value; return }
                const id = gate.managerNumber
                gate.managerNumber = ""
                root.manager.enterWithPin(id, value)
            }
        }
        TouchButton {
            objectName: "managerGateBack"
            text: qsTr("Back to sale")
            tone: "#607d8b"
            Layout.fillWidth: true
            onClicked: { gate.managerNumber = ""; root.back() }
        }
    }

    RowLayout {
        visible: root.manager.active
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.preferredWidth: Math.max(200, root.width * 0.17)
            Layout.maximumWidth: Layout.preferredWidth
            Layout.fillHeight: true
            spacing: Theme.spacing
            Text {
                text: qsTr("Manager %1").arg(root.manager.managerId)
                font.pixelSize: 18; font.bold: true; color: Theme.text
                Layout.fillWidth: true; wrapMode: Text.WordWrap
            }
            Text {
                objectName: "managerBusinessDate"
                text: qsTr("Business day %1").arg(root.manager.businessDate) + (root.manager.dayClosed ? "\n" + qsTr("(closed)") : "")
                font.pixelSize: 16; color: Theme.mutedText
                Layout.fillWidth: true; wrapMode: Text.WordWrap
            }
            Repeater {
                model: [
                    {name: "managerTabShift", label: qsTr("Shift and cash")},
                    {name: "managerTabReport", label: qsTr("Today's figures (X)")},
                    {name: "managerTabClose", label: qsTr("Close the day (Z)")}
                ]
                TouchButton {
                    required property var modelData
                    required property int index
                    objectName: modelData.name
                    text: (pages.currentIndex === index ? "▶ " : "") + modelData.label
                    tone: pages.currentIndex === index ? Theme.primary : "#455a64"
                    fontPixelSize: 18
                    Layout.fillWidth: true
                    onClicked: { pages.currentIndex = index; root.manager.refresh() }
                }
            }
            Item { Layout.fillHeight: true }
            TouchButton {
                objectName: "managerBack"
                text: qsTr("Back to sale")
                tone: "#607d8b"
                Layout.fillWidth: true
                onClicked: { root.manager.leave(); root.back() }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            MessageBanner {
                objectName: "managerMessage"
                text: root.manager.message
                isError: root.manager.messageIsError
                Layout.fillWidth: true
                onDismissed: root.manager.clearMessage()
            }
            StackLayout {
                id: pages
                Layout.fillWidth: true
                Layout.fillHeight: true
                ManagerShiftPanel { manager: root.manager }
                ManagerReportPanel { manager: root.manager }
                ManagerClosePanel { manager: root.manager; onShowReport: pages.currentIndex = 1 }
            }
        }
    }
}
