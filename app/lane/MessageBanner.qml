import QtQuick

// The last message of the sale. Errors: dark red with a warning sign and a flashing outline;
// information: dark blue with an info sign. White bold text on both (contrast above 6:1),
// and the sign says which it is, so nothing depends on colour alone. The flash never fades
// the text: a message must be readable the moment it appears.
Rectangle {
    id: root
    property string text: ""
    property bool isError: false
    signal dismissed()
    visible: text.length > 0
    implicitHeight: visible ? Math.max(60, label.implicitHeight + 24) : 0
    radius: Theme.radius
    color: isError ? Theme.errorStrong : Theme.infoStrong
    border.width: 0
    border.color: Theme.flash
    Accessible.name: (isError ? qsTr("Error") : qsTr("Note")) + ": " + text
    Accessible.role: Accessible.AlertMessage

    function flash() { flashAnimation.restart() }

    Text {
        id: sign
        objectName: "messageSign"
        anchors.left: parent.left
        anchors.leftMargin: 14
        anchors.verticalCenter: parent.verticalCenter
        text: root.isError ? "⚠" : "ℹ"
        color: "white"
        font.pixelSize: 30
        font.bold: true
        Accessible.ignored: true
    }
    Text {
        id: label
        anchors.left: sign.right
        anchors.leftMargin: 12
        anchors.right: parent.right
        anchors.rightMargin: 64
        anchors.verticalCenter: parent.verticalCenter
        text: root.text
        color: "white"
        font.pixelSize: 20
        font.bold: true
        wrapMode: Text.WordWrap
    }
    Text {
        anchors.right: parent.right
        anchors.rightMargin: 18
        anchors.verticalCenter: parent.verticalCenter
        text: "✕"
        color: "white"
        font.pixelSize: 26
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Dismiss message")
        MouseArea { anchors.fill: parent; anchors.margins: -16; onClicked: root.dismissed() }
    }
    SequentialAnimation {
        id: flashAnimation
        loops: 3
        PropertyAnimation { target: root; property: "border.width"; to: 6; duration: 90 }
        PropertyAnimation { target: root; property: "border.width"; to: 0; duration: 90 }
    }
}
