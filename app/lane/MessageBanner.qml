import QtQuick

// The last message of the sale. Errors: dark red with a warning sign and a flashing outline;
// information: dark blue with an info sign. White bold text on both (contrast above 6:1),
// and the sign says which it is, so nothing depends on colour alone. The flash never fades
// the text: a message must be readable the moment it appears.
// With `maxLines` set, the banner grows to at most that many lines of 20 px text and a longer
// message gets a smaller font (down to 14 px), so it never pushes the screen's controls away.
Rectangle {
    id: root
    property string text: ""
    property bool isError: false
    property int maxLines: 0 // 0: as many lines as the message needs
    signal dismissed()
    visible: text.length > 0
    implicitHeight: visible ? Math.max(60, label.height + 24) : 0
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
    // The message at full size, never shown: how tall it would be.
    Text {
        id: measure
        visible: false
        width: label.width
        text: root.text
        font: label.font
        wrapMode: Text.WordWrap
    }
    Text {
        id: label
        objectName: "messageText"
        anchors.left: sign.right
        anchors.leftMargin: 12
        anchors.right: parent.right
        anchors.rightMargin: 64
        anchors.verticalCenter: parent.verticalCenter
        height: root.maxLines > 0 ? Math.min(measure.implicitHeight,
                                             Math.ceil(root.maxLines * fontMetrics.lineSpacing))
                                  : measure.implicitHeight
        text: root.text
        color: "white"
        font.pixelSize: 20
        font.bold: true
        wrapMode: Text.WordWrap
        fontSizeMode: Text.Fit
        minimumPixelSize: 14
        elide: Text.ElideRight // only what 14 px cannot hold; Accessible.name has it all
        verticalAlignment: Text.AlignVCenter
    }
    FontMetrics { id: fontMetrics; font: label.font }
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
