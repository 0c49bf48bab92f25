import QtQuick
import QtQuick.Layouts

// Cashier number, then PIN, on the keypad.
Rectangle {
    id: root
    objectName: "signOnScreen"
    required property var session
    property string userId: ""
    color: Theme.background
    Accessible.name: qsTr("Sign on")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(460, root.width - 40)
        height: Math.min(680, root.height - 40)
        spacing: Theme.spacing
        Text { text: qsTr("Sign on"); font.pixelSize: 34; font.bold: true; color: Theme.text; Layout.alignment: Qt.AlignHCenter }
        Text {
            objectName: "signOnPrompt"
            text: root.userId.length === 0 ? qsTr("Key your cashier number") : qsTr("Key the PIN for %1").arg(root.userId)
            font.pixelSize: 20; color: Theme.mutedText; Layout.alignment: Qt.AlignHCenter
        }
        Text {
            text: root.session.error
            visible: text.length > 0
            color: Theme.error; font.pixelSize: 18; font.bold: true
            Layout.fillWidth: true; horizontalAlignment: Text.AlignHCenter; wrapMode: Text.WordWrap
        }
        NumericKeypad {
            id: keypad
            objectName: "signOnKeypad"
            focus: true
            masked: root.userId.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            enterText: root.userId.length === 0 ? qsTr("Next") : qsTr("Sign on")
            onAccepted: (value) => {
                if (root.userId.length === 0) { root.userId = value; return }
                const id = root.userId
                root.userId = ""
                root.session.signOn(id, value)
            }
        }
    }
    Component.onCompleted: keypad.forceActiveFocus()
}
