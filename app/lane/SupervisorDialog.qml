import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A supervisor approves an action the cashier may not do: their number, then their PIN.
Popup {
    id: root
    required property var session
    property string permission: ""
    property string actionText: ""
    property string supervisorId: ""
    signal approved(string approverId)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 440
    height: 640
    padding: 16
    onOpened: { supervisorId = ""; keypad.entry = ""; keypad.forceActiveFocus() }
    background: Rectangle { color: Theme.background; radius: Theme.radius; border.color: Theme.warning; border.width: 3 }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Text { text: qsTr("Supervisor approval"); font.pixelSize: 24; font.bold: true; color: Theme.text }
        Text { text: root.actionText; font.pixelSize: 18; color: Theme.mutedText; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        Text {
            text: root.supervisorId.length === 0 ? qsTr("Supervisor number") : qsTr("PIN of %1").arg(root.supervisorId)
            font.pixelSize: 18; color: Theme.text
        }
        Text { text: root.session.error; visible: text.length > 0; color: Theme.error; font.pixelSize: 16; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        NumericKeypad {
            id: keypad
            masked: root.supervisorId.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            enterText: qsTr("OK")
            onAccepted: (value) => {
                if (root.supervisorId.length === 0) { root.supervisorId = value; return }
                const id = root.session.approve(root.supervisorId, value, root.permission, root.actionText)
                root.supervisorId = ""
                if (id.length > 0) { root.close(); root.approved(id) }
            }
        }
        TouchButton { text: qsTr("Cancel"); tone: "#607d8b"; Layout.fillWidth: true; onClicked: root.close() }
    }
}
