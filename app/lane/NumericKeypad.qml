import QtQuick
import QtQuick.Layouts

// Digits for quantities, PLUs, amounts and PINs; `entry` holds what was keyed.
// Layout.minimumHeight tells the enclosing layout the least room the keys need (rows of 38 px
// at the least), so a layout short of room never lays the keys under the controls below.
Item {
    id: root
    property string entry: ""
    property int maxLength: 14
    property bool masked: false
    property string enterText: qsTr("Enter")
    // Off: the screen shows its own Enter (enter()) beside other buttons to save a row.
    property bool showEnter: true
    readonly property bool tight: height < 420
    signal accepted(string value)
    implicitWidth: 300
    implicitHeight: 360
    Layout.minimumHeight: 44 + 4 * 38 + 4 * Theme.spacing + (showEnter ? 48 + Theme.spacing : 0)
    Accessible.name: qsTr("Keypad")

    function enter() { const v = root.entry; root.entry = ""; root.accepted(v) }

    function press(key) {
        if (key === "C") { root.entry = ""; return }
        if (key === "⌫") { root.entry = root.entry.slice(0, -1); return }
        if (root.entry.length < root.maxLength) root.entry += key
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: root.tight ? 44 : Theme.touchTarget
            color: Theme.surface
            border.color: Theme.line
            radius: Theme.radius
            Text {
                objectName: "keypadEntry"
                anchors.fill: parent
                anchors.margins: 10
                text: root.masked ? "●".repeat(root.entry.length) : root.entry
                font.pixelSize: 30
                horizontalAlignment: Text.AlignRight
                verticalAlignment: Text.AlignVCenter
                color: Theme.text
            }
        }
        GridLayout {
            columns: 3
            Layout.fillWidth: true
            Layout.fillHeight: true
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing
            Repeater {
                model: ["7", "8", "9", "4", "5", "6", "1", "2", "3", "C", "0", "⌫"]
                TouchButton {
                    required property string modelData
                    objectName: "key_" + modelData
                    text: modelData
                    fontPixelSize: 26
                    tone: modelData === "C" || modelData === "⌫" ? "#607d8b" : "#37474f"
                    Accessible.name: modelData === "⌫" ? qsTr("Delete") : modelData === "C" ? qsTr("Clear") : modelData
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 38
                    onClicked: root.press(modelData)
                }
            }
        }
        TouchButton {
            objectName: "keypadEnter"
            visible: root.showEnter
            text: root.enterText
            tone: Theme.accent
            Layout.fillWidth: true
            Layout.preferredHeight: root.tight ? 48 : Theme.touchTarget
            onClicked: root.enter()
        }
    }
    Keys.onPressed: (event) => {
        if (event.text >= "0" && event.text <= "9" && event.text.length === 1) { press(event.text); event.accepted = true }
        else if (event.key === Qt.Key_Backspace) { press("⌫"); event.accepted = true }
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.enter(); event.accepted = true
        }
    }
}
