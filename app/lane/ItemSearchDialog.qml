import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Items without a barcode: a name typed on the on-screen keyboard (Korean jamo compose into
// syllables, or Latin letters) or a department's tile; touching a result adds it.
Popup {
    id: root
    objectName: "itemSearchDialog"
    required property var sale
    required property var search
    property bool korean: true
    modal: true
    anchors.centerIn: Overlay.overlay
    width: (parent ? parent.width : 1024) - 40
    height: (parent ? parent.height : 768) - 40
    padding: 12
    onOpened: search.clear()
    background: Rectangle { color: Theme.background; radius: Theme.radius; border.color: Theme.primary; border.width: 2 }

    readonly property var koreanRows: [
        ["ㅂ", "ㅈ", "ㄷ", "ㄱ", "ㅅ", "ㅛ", "ㅕ", "ㅑ", "ㅐ", "ㅔ"],
        ["ㅁ", "ㄴ", "ㅇ", "ㄹ", "ㅎ", "ㅗ", "ㅓ", "ㅏ", "ㅣ"],
        ["ㅋ", "ㅌ", "ㅊ", "ㅍ", "ㅠ", "ㅜ", "ㅡ", "ㄲ", "ㄸ", "ㅆ"]
    ]
    readonly property var latinRows: [
        ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
        ["a", "s", "d", "f", "g", "h", "j", "k", "l"],
        ["z", "x", "c", "v", "b", "n", "m", "1", "2", "5"]
    ]

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                color: Theme.surface
                border.color: Theme.line
                radius: Theme.radius
                Text {
                    objectName: "searchQuery"
                    anchors.fill: parent
                    anchors.margins: 12
                    verticalAlignment: Text.AlignVCenter
                    text: root.search.query.length > 0 ? root.search.query
                          : qsTr("Type a name, or pick a department")
                    color: root.search.query.length > 0 ? Theme.text : Theme.mutedText
                    font.pixelSize: 24
                    elide: Text.ElideLeft
                }
            }
            TouchButton { text: qsTr("Close"); tone: "#607d8b"; onClicked: root.close() }
        }
        Text {
            visible: root.search.error.length > 0
            text: "⚠ " + root.search.error
            color: Theme.errorStrong; font.pixelSize: 18; font.bold: true
        }
        // Results, or the department grid while nothing is typed.
        GridView {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: width / (width > 1400 ? 4 : 3)
            cellHeight: 76
            model: root.search.query.length > 0 || root.search.department.length > 0
                   ? root.search.results : root.search.departments
            delegate: TouchButton {
                required property int index
                required property var modelData
                objectName: modelData.sku !== undefined ? "result" + index : "department_" + modelData.code
                width: results.cellWidth - Theme.spacing
                height: results.cellHeight - Theme.spacing
                fontPixelSize: 18
                tone: modelData.sku !== undefined ? "#37474f" : Theme.accent
                text: modelData.sku !== undefined ? modelData.name + "\n" + modelData.price
                                                  : modelData.name + "\n" + qsTr("%n item(s)", "", modelData.items)
                onClicked: {
                    if (modelData.sku !== undefined) {
                        root.sale.addSku(modelData.sku)
                        root.close()
                    } else {
                        root.search.showDepartment(modelData.code)
                    }
                }
            }
        }
        Text {
            visible: (root.search.query.length > 0 || root.search.department.length > 0)
                     && root.search.results.length === 0
            text: qsTr("Nothing found. Check the spelling or pick a department.")
            color: Theme.mutedText; font.pixelSize: 18
        }
        // The on-screen keyboard.
        Repeater {
            model: root.korean ? root.koreanRows : root.latinRows
            RowLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: modelData
                    TouchButton {
                        required property string modelData
                        objectName: "searchKey_" + modelData
                        text: modelData
                        fontPixelSize: 30
                        tone: "#455a64"
                        Layout.fillWidth: true
                        implicitHeight: 52
                        onClicked: root.search.press(modelData)
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            TouchButton {
                objectName: "searchLayout"
                text: root.korean ? "ABC" : "한글"
                Accessible.name: qsTr("Switch keyboard")
                tone: "#0d3c6b"
                implicitHeight: 52
                onClicked: root.korean = !root.korean
            }
            TouchButton { text: qsTr("Space"); implicitHeight: 52; Layout.fillWidth: true; tone: "#455a64"; onClicked: root.search.press(" ") }
            TouchButton { objectName: "searchBackspace"; text: "⌫"; Accessible.name: qsTr("Delete"); implicitHeight: 52; tone: "#546e7a"; onClicked: root.search.backspace() }
            TouchButton { text: qsTr("Departments"); implicitHeight: 52; tone: Theme.accent; onClicked: root.search.clear() }
        }
    }
}
