import QtQuick
import QtQuick.Controls

// A self-checkout button: at least 80 px high, a text label always (never an icon alone),
// colours from the kiosk palette (high contrast: yellow on black with a white frame).
Button {
    id: root
    required property var ui
    property string role: "normal" // normal | primary | danger | quiet
    property int fontPixelSize: 24
    implicitHeight: Math.round(80 * root.ui.scale)
    implicitWidth: Math.max(160, contentItem.implicitWidth + 32)
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Keys.onReturnPressed: if (enabled) clicked()
    Keys.onEnterPressed: if (enabled) clicked()
    contentItem: Text {
        text: root.text
        font.pixelSize: Math.round(root.fontPixelSize * root.ui.scale)
        font.bold: true
        color: root.ui.buttonText(root.role)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: 10
        opacity: root.enabled ? 1 : 0.45
        color: root.down ? Qt.darker(root.ui.buttonColor(root.role), 1.3) : root.ui.buttonColor(root.role)
        border.width: root.activeFocus ? 5 : root.ui.hc ? 3 : 0
        border.color: root.activeFocus ? "#ffd54f" : "#ffffff"
    }
}
