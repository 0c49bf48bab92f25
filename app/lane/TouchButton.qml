import QtQuick
import QtQuick.Controls

// A large button for touch and keyboard: Enter or Space presses the focused one.
Button {
    id: root
    property color tone: Theme.primary
    property int fontPixelSize: 20
    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget * 1.6, contentItem.implicitWidth + 24)
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Keys.onReturnPressed: if (enabled) clicked()
    Keys.onEnterPressed: if (enabled) clicked()
    contentItem: Text {
        text: root.text
        font.pixelSize: root.fontPixelSize
        font.bold: true
        color: root.enabled ? Theme.primaryText : "#e0e0e0"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: !root.enabled ? "#9aa3ae" : root.down ? Qt.darker(root.tone, 1.3) : root.tone
        border.width: root.activeFocus ? 4 : 0
        border.color: "#ffd54f"
    }
}
