import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Picks a reason from a fixed list; the reason goes into the journal.
Popup {
    id: root
    property string title: ""
    property var reasons: []
    signal chosen(string reason)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 460
    padding: 16
    background: Rectangle { color: Theme.background; radius: Theme.radius; border.color: Theme.primary; border.width: 2 }
    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Text { text: root.title; font.pixelSize: 22; font.bold: true; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        Repeater {
            model: root.reasons
            TouchButton {
                required property var modelData
                text: modelData.label
                Layout.fillWidth: true
                onClicked: { root.close(); root.chosen(modelData.code) }
            }
        }
        TouchButton { text: qsTr("Cancel"); tone: "#607d8b"; Layout.fillWidth: true; onClicked: root.close() }
    }
}
