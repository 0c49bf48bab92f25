import QtQuick
import QtQuick.Layouts

// Shown after inactivity: the basket stays; the signed-on cashier unlocks with the PIN.
Rectangle {
    id: root
    objectName: "lockScreen"
    required property var session
    color: "#e6263238"
    Accessible.name: qsTr("Lane locked")
    MouseArea { anchors.fill: parent } // nothing behind is reachable
    onVisibleChanged: if (visible) keypad.forceActiveFocus()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(440, root.width - 40)
        height: Math.min(620, root.height - 40)
        spacing: Theme.spacing
        Text { text: qsTr("Lane locked"); font.pixelSize: 34; font.bold: true; color: "white"; Layout.alignment: Qt.AlignHCenter }
        Text { text: qsTr("%1, key your PIN to go on.").arg(root.session.userName); font.pixelSize: 20; color: "white"; Layout.alignment: Qt.AlignHCenter }
        Text { text: root.session.error; visible: text.length > 0; color: "#ff8a80"; font.pixelSize: 18; Layout.alignment: Qt.AlignHCenter }
        NumericKeypad {
            id: keypad
            masked: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            enterText: qsTr("Unlock")
            onAccepted: (value) => root.session.unlock(value)
        }
        TouchButton { text: qsTr("Sign off"); tone: "#607d8b"; Layout.fillWidth: true; onClicked: root.session.signOff() }
    }
}
