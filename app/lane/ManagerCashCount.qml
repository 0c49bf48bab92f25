import QtQuick
import QtQuick.Layouts
import Lane

// A drawer count by note and coin: touch a denomination, key its pieces on the keypad.
// Subtotals and the total come from the count model (C++).
RowLayout {
    id: root
    required property ManagerCashCountModel count
    property int selected: 0
    property bool twoColumns: false
    readonly property int fontSize: twoColumns ? 16 : 18
    spacing: Theme.spacing
    Accessible.name: qsTr("Cash count")

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 4
        GridLayout {
            columns: root.twoColumns || root.count.rowCount() > 8 ? 2 : 1
            Layout.fillWidth: true
            rowSpacing: 4
            columnSpacing: Theme.spacing
            Repeater {
                model: root.count
                Rectangle {
                    required property int index
                    required property string label
                    required property bool note
                    required property int pieces
                    required property string subtotal
                    objectName: "countRow_" + index
                    Layout.fillWidth: true
                    Layout.preferredHeight: 46
                    radius: Theme.radius
                    color: root.selected === index ? "#d6e6f7" : Theme.surface
                    border.color: root.selected === index ? Theme.primary : Theme.line
                    border.width: root.selected === index ? 3 : 1
                    Accessible.role: Accessible.Button
                    Accessible.name: label + " × " + pieces + " = " + subtotal
                    // Two columns on a 1024x768 screen: smaller text, so no amount is ever cut.
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        spacing: 4
                        Text { text: (note ? "▭ " : "◯ ") + label; font.pixelSize: root.fontSize; font.bold: true; color: Theme.text; Layout.preferredWidth: root.twoColumns ? 100 : 150 }
                        Text { text: "× " + pieces; font.pixelSize: root.fontSize; color: Theme.text; Layout.preferredWidth: root.twoColumns ? 42 : 60 }
                        Text { text: subtotal; font.pixelSize: root.fontSize; color: Theme.text; horizontalAlignment: Text.AlignRight; Layout.fillWidth: true }
                    }
                    MouseArea { anchors.fill: parent; onClicked: { root.selected = index; keypad.entry = ""; keypad.forceActiveFocus() } }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Text { text: qsTr("Counted"); font.pixelSize: 22; font.bold: true; color: Theme.text; Layout.fillWidth: true }
            Text { objectName: "countTotal"; text: root.count.total; font.pixelSize: 26; font.bold: true; color: Theme.text }
        }
    }
    NumericKeypad {
        id: keypad
        objectName: "countKeypad"
        maxLength: 5
        enterText: qsTr("Set pieces")
        Layout.preferredWidth: 240
        Layout.fillHeight: true
        Layout.maximumHeight: 400
        onAccepted: (value) => {
            if (value.length === 0) return
            root.count.setPieces(root.selected, parseInt(value))
            if (root.selected + 1 < root.count.rowCount()) root.selected += 1
        }
    }
}
