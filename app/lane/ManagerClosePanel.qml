import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lane

// End of day: what must be true before the Z (each check says so in words and a sign, not
// only a colour), the Z itself (recorded, then printed on the receipt printer), a reprint,
// and opening the next business day.
ColumnLayout {
    id: root
    required property ManagerViewModel manager
    signal showReport()
    spacing: Theme.spacing

    function checkText(c) {
        if (c.name === "basket") return c.ok ? qsTr("No sale in progress on this lane") : qsTr("A sale is in progress: finish or void it")
        if (c.name === "payments") return c.ok ? qsTr("Every card payment has a result") : qsTr("A card payment has no result: reconcile with the terminal")
        if (c.name === "shifts") return c.ok ? qsTr("Every cashier shift is closed") : qsTr("A cashier shift is open: count the drawer and close it")
        if (c.name === "business_day") return c.ok ? qsTr("The business day is open") : qsTr("The business day is already closed")
        if (c.name === "telemetry") return c.ok ? qsTr("All events sent to head office")
                                                : qsTr("%1 KB of events not yet sent to head office (sent when the network is back; the Z may run)").arg(c.detail)
        return c.name
    }

    Text {
        text: qsTr("Before the Z")
        font.pixelSize: 22; font.bold: true; color: Theme.text
    }
    Repeater {
        model: root.manager.checks
        Rectangle {
            required property var modelData
            required property int index
            objectName: "zCheck_" + modelData.name
            Layout.fillWidth: true
            implicitHeight: Math.max(52, checkLabel.implicitHeight + 16)
            radius: Theme.radius
            color: Theme.surface
            border.width: modelData.ok ? 1 : 3
            border.color: modelData.ok ? Theme.line : (modelData.blocking ? Theme.error : Theme.warning)
            Accessible.name: checkLabel.text
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                spacing: 12
                Text {
                    text: modelData.ok ? "✓" : (modelData.blocking ? "✕" : "⚠")
                    font.pixelSize: 26; font.bold: true
                    color: modelData.ok ? Theme.ok : (modelData.blocking ? Theme.error : Theme.warning)
                    Accessible.ignored: true
                }
                Text {
                    id: checkLabel
                    text: (modelData.ok ? qsTr("OK") : modelData.blocking ? qsTr("Blocks the Z") : qsTr("Warning")) + ": " + root.checkText(modelData)
                    font.pixelSize: 18; color: Theme.text
                    font.bold: !modelData.ok
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    Item { Layout.fillHeight: true }

    Rectangle {
        objectName: "zDone"
        visible: root.manager.dayClosed && root.manager.report.kind === "Z"
        Layout.fillWidth: true
        implicitHeight: zDoneText.implicitHeight + 24
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.ok
        border.width: 2
        Text {
            id: zDoneText
            anchors.fill: parent
            anchors.margins: 12
            font.pixelSize: 20; color: Theme.text; wrapMode: Text.WordWrap
            text: qsTr("Z %1 closed business day %2: net sales %3, %4 sales. Grand total %5.")
                  .arg(root.manager.report.zNumber).arg(root.manager.report.toDate).arg(root.manager.report.net)
                  .arg(root.manager.report.sales ? root.manager.report.sales.count : 0).arg(root.manager.report.grandNet)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TouchButton {
            objectName: "runZButton"
            visible: !root.manager.dayClosed
            enabled: root.manager.zAllowed
            text: qsTr("Run Z and close the day")
            tone: Theme.error
            Layout.fillWidth: true
            onClicked: confirm.open()
        }
        TouchButton {
            objectName: "showZButton"
            visible: root.manager.dayClosed && root.manager.report.kind === "Z"
            text: qsTr("Show the Z figures")
            Layout.fillWidth: true
            onClicked: root.showReport()
        }
        TouchButton {
            objectName: "reprintZButton"
            visible: root.manager.dayClosed && root.manager.report.kind === "Z"
            text: qsTr("Print the Z again")
            tone: "#455a64"
            Layout.fillWidth: true
            onClicked: root.manager.reprintZ()
        }
        TouchButton {
            objectName: "openDayButton"
            visible: root.manager.dayClosed
            text: qsTr("Open the next business day")
            tone: Theme.accent
            Layout.fillWidth: true
            onClicked: root.manager.openNextDay()
        }
    }

    Popup {
        id: confirm
        objectName: "zConfirm"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 520
        padding: 20
        background: Rectangle { color: Theme.background; radius: Theme.radius; border.color: Theme.error; border.width: 3 }
        contentItem: ColumnLayout {
            spacing: Theme.spacing
            Text {
                text: qsTr("Close business day %1? Sales stop until the next day is opened. The Z prints on the receipt printer.").arg(root.manager.businessDate)
                font.pixelSize: 20; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true
            }
            TouchButton {
                objectName: "zConfirmButton"
                text: qsTr("Run Z")
                tone: Theme.error
                Layout.fillWidth: true
                onClicked: { confirm.close(); root.manager.runZ() }
            }
            TouchButton { text: qsTr("Cancel"); tone: "#607d8b"; Layout.fillWidth: true; onClicked: confirm.close() }
        }
    }
}
