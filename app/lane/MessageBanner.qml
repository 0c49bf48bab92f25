import QtQuick

// The last message of the sale: errors in red with a flash, information in blue.
Rectangle {
    id: root
    property string text: ""
    property bool isError: false
    signal dismissed()
    visible: text.length > 0
    implicitHeight: visible ? Math.max(56, label.implicitHeight + 20) : 0
    radius: Theme.radius
    color: isError ? Theme.error : Theme.primary
    Accessible.name: text
    Accessible.role: Accessible.AlertMessage

    function flash() { flashAnimation.restart() }

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: 10
        anchors.rightMargin: 60
        text: root.text
        color: "white"
        font.pixelSize: 20
        font.bold: true
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
    Text {
        anchors.right: parent.right
        anchors.rightMargin: 16
        anchors.verticalCenter: parent.verticalCenter
        text: "✕"
        color: "white"
        font.pixelSize: 24
        MouseArea { anchors.fill: parent; anchors.margins: -16; onClicked: root.dismissed() }
    }
    SequentialAnimation {
        id: flashAnimation
        loops: 3
        PropertyAnimation { target: root; property: "opacity"; to: 0.2; duration: 90 }
        PropertyAnimation { target: root; property: "opacity"; to: 1.0; duration: 90 }
    }
}
