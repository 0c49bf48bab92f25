import QtQuick
import QtQuick.Layouts

// Items without a barcode: a picture grid, narrowed by initial consonants (Korean) or
// letters (English). Weighed items take the scale's stable weight; counted ones ask how many.
Rectangle {
    id: root
    objectName: "scoProduceScreen"
    required property var sco
    required property var ui
    property var counting: null // the counted item being added
    property int count: 1
    color: ui.bg
    Accessible.name: qsTr("Item without barcode")

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Text {
                text: qsTr("Weighed items: put them on the scale first, then touch the picture.")
                font.pixelSize: root.ui.px(22); font.bold: true; color: root.ui.text
                wrapMode: Text.WordWrap; Layout.fillWidth: true
            }
            ScoButton {
                objectName: "scoProduceBack"
                ui: root.ui; role: "quiet"
                text: qsTr("Back")
                onClicked: root.sco.closeProduce()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: root.ui.px(64)
                color: root.ui.surface; border.color: root.ui.frame; border.width: 2; radius: 8
                Text {
                    objectName: "scoSearchText"
                    anchors.fill: parent; anchors.margins: 12
                    verticalAlignment: Text.AlignVCenter
                    text: root.sco.search.length > 0 ? qsTr("Search: %1").arg(root.sco.search) : qsTr("Search by first letters")
                    font.pixelSize: root.ui.px(24); color: root.ui.text
                }
            }
            ScoButton {
                ui: root.ui; role: "quiet"; objectName: "scoSearchBack"
                text: qsTr("Delete"); onClicked: root.sco.backspaceSearch()
            }
            ScoButton {
                ui: root.ui; role: "quiet"; objectName: "scoSearchClear"
                text: qsTr("Clear"); onClicked: root.sco.clearSearch()
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: root.sco.searchKeys
                ScoButton {
                    required property string modelData
                    objectName: "scoKey_" + modelData
                    ui: root.ui; fontPixelSize: 24
                    text: modelData
                    implicitWidth: root.ui.px(66); implicitHeight: root.ui.px(62)
                    onClicked: root.sco.typeSearch(modelData)
                }
            }
        }
        GridView {
            id: grid
            objectName: "scoProduceGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: Math.floor(width / Math.max(1, Math.floor(width / root.ui.px(220))))
            cellHeight: root.ui.px(230)
            model: root.sco.produce
            Accessible.name: qsTr("Items")
            delegate: Item {
                id: tile
                required property var modelData
                width: grid.cellWidth; height: grid.cellHeight
                Rectangle {
                    objectName: "scoProduce_" + tile.modelData.plu
                    anchors.fill: parent; anchors.margins: 6
                    radius: 12
                    color: root.ui.surface; border.color: root.ui.frame; border.width: 3
                    Accessible.role: Accessible.Button
                    Accessible.name: tile.modelData.name + ", " + tile.modelData.price
                    Column {
                        anchors.centerIn: parent
                        width: parent.width - 16
                        spacing: 4
                        // The picture: the store's photo when it has one, else the name's
                        // first character drawn large in a disc.
                        Rectangle {
                            width: root.ui.px(96); height: width; radius: width / 2
                            anchors.horizontalCenter: parent.horizontalCenter
                            color: root.ui.hc ? "#000000" : tile.modelData.weighed ? "#fdecc8" : "#d7ecd9"
                            border.color: root.ui.hc ? "#ffff00" : "#6b7280"; border.width: 3
                            Text {
                                anchors.centerIn: parent
                                text: tile.modelData.initial
                                font.pixelSize: root.ui.px(52); font.bold: true; color: root.ui.text
                            }
                        }
                        Text {
                            width: parent.width; horizontalAlignment: Text.AlignHCenter
                            text: tile.modelData.name; elide: Text.ElideRight
                            font.pixelSize: root.ui.px(24); font.bold: true; color: root.ui.text
                        }
                        Text {
                            width: parent.width; horizontalAlignment: Text.AlignHCenter
                            text: tile.modelData.price + " · " + (tile.modelData.weighed ? qsTr("weighed") : qsTr("counted"))
                            font.pixelSize: root.ui.px(18); color: root.ui.muted
                            wrapMode: Text.WordWrap
                        }
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: {
                            if (tile.modelData.weighed) {
                                root.sco.chooseProduce(tile.modelData.plu, 1)
                            } else {
                                root.count = 1
                                root.counting = tile.modelData
                            }
                        }
                    }
                }
            }
        }
    }

    // How many of a counted item.
    Rectangle {
        anchors.fill: parent
        visible: root.counting !== null
        color: root.ui.hc ? "#000000" : "#cc111827"
        MouseArea { anchors.fill: parent }
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 40, 560)
            spacing: 16
            Text {
                text: root.counting ? qsTr("How many %1?").arg(root.counting.name) : ""
                font.pixelSize: root.ui.px(32); font.bold: true; color: "white"
                wrapMode: Text.WordWrap; Layout.fillWidth: true; horizontalAlignment: Text.AlignHCenter
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: 20
                ScoButton { ui: root.ui; objectName: "scoCountMinus"; text: "−"; Accessible.name: qsTr("One less"); fontPixelSize: 40; onClicked: root.count = Math.max(1, root.count - 1) }
                Text { objectName: "scoCount"; text: root.count; font.pixelSize: root.ui.px(56); font.bold: true; color: "white" }
                ScoButton { ui: root.ui; objectName: "scoCountPlus"; text: "+"; Accessible.name: qsTr("One more"); fontPixelSize: 40; onClicked: root.count = Math.min(99, root.count + 1) }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 16
                ScoButton { ui: root.ui; role: "quiet"; text: qsTr("Cancel"); Layout.fillWidth: true; onClicked: root.counting = null }
                ScoButton {
                    ui: root.ui; role: "primary"; objectName: "scoCountAdd"
                    text: qsTr("Add"); Layout.fillWidth: true
                    onClicked: { const plu = root.counting.plu; root.counting = null; root.sco.chooseProduce(plu, root.count) }
                }
            }
        }
    }
}
