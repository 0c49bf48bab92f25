import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Asks for a number on the keypad (price, percent, voucher value, receipt number).
Popup {
    id: root
    property string title: ""
    property bool masked: false
    signal accepted(string value)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 420
    height: 560
    padding: 16
    onOpened: keypad.forceActiveFocus()
    background: Rectangle { color: Theme.background; radius: Theme.radius; border.color: Theme.primary; border.width: 2 }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Text { text: root.title; font.pixelSize: 22; font.bold: true; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        NumericKeypad {
            id: keypad
            masked: root.masked
            Layout.fillWidth: true
            Layout.fillHeight: true
            enterText: qsTr("OK")
            onAccepted: (value) => { root.close(); root.accepted(value) }
        }
        TouchButton { text: qsTr("Cancel"); tone: "#607d8b"; Layout.fillWidth: true; onClicked: root.close() }
    }
}
