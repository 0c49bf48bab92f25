import QtQuick
import QtQuick.Layouts

// Scanning: what to do next in words, the last item large, the basket, the total with
// savings, and the few actions a shopper needs.
Rectangle {
    id: root
    objectName: "scoShoppingScreen"
    required property var sco
    required property var sale
    required property var ui
    color: ui.bg
    Accessible.name: qsTr("Shopping")

    RowLayout {
        anchors.fill: parent
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: 10
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: instruction.implicitHeight + 28
                color: root.ui.hc ? "#000000" : "#fff8e1"
                border.color: root.ui.hc ? "#ffff00" : "#8a6d00"
                border.width: 3
                radius: 10
                Text {
                    id: instruction
                    objectName: "scoInstruction"
                    anchors.fill: parent
                    anchors.margins: 14
                    text: "➜ " + root.sco.instruction
                    font.pixelSize: root.ui.px(28); font.bold: true
                    color: root.ui.hc ? "#ffff00" : "#3d2f00"
                    wrapMode: Text.WordWrap
                }
            }
            Rectangle {
                objectName: "scoLastItem"
                Layout.fillWidth: true
                Layout.preferredHeight: root.ui.px(110)
                color: root.ui.surface
                border.color: root.ui.frame; border.width: 2; radius: 10
                visible: root.sale.lastItemName.length > 0
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 14
                    Text {
                        text: root.sale.lastItemName
                        font.pixelSize: root.ui.px(38); font.bold: true; color: root.ui.text
                        elide: Text.ElideRight; Layout.fillWidth: true
                    }
                    Text {
                        text: root.sale.lastItemPrice
                        font.pixelSize: root.ui.px(38); font.bold: true; color: root.ui.text
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: root.ui.surface
                border.color: root.ui.frame; border.width: 2; radius: 10
                ListView {
                    id: list
                    objectName: "scoBasket"
                    anchors.fill: parent
                    anchors.margins: 8
                    clip: true
                    model: root.sale.basket
                    spacing: 4
                    onCountChanged: Qt.callLater(positionViewAtEnd)
                    Accessible.name: qsTr("Basket")
                    delegate: Item {
                        id: row
                        required property string name
                        required property string quantity
                        required property string amount
                        required property string savings
                        required property bool voided
                        width: ListView.view.width
                        height: column.implicitHeight + 12
                        Accessible.name: name + " " + quantity + " " + amount
                        Column {
                            id: column
                            anchors.left: parent.left
                            anchors.right: price.left
                            anchors.verticalCenter: parent.verticalCenter
                            Text {
                                width: parent.width
                                text: (row.voided ? qsTr("REMOVED") + " · " : "") + row.name
                                font.pixelSize: root.ui.px(22); font.bold: true
                                font.strikeout: row.voided
                                color: root.ui.text; elide: Text.ElideRight
                            }
                            Text {
                                text: row.quantity
                                font.pixelSize: root.ui.px(18); color: root.ui.muted
                            }
                            Text {
                                visible: text.length > 0
                                text: row.savings
                                font.pixelSize: root.ui.px(18); color: root.ui.muted
                            }
                        }
                        Text {
                            id: price
                            anchors.right: parent.right
                            anchors.rightMargin: 6
                            anchors.verticalCenter: parent.verticalCenter
                            text: amount
                            font.pixelSize: root.ui.px(22); font.bold: true; color: root.ui.text
                        }
                    }
                }
            }
        }
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            Layout.fillWidth: true
            spacing: 10
            Rectangle {
                Layout.fillWidth: true
                // Room for label, amount and count at any text size.
                Layout.preferredHeight: Math.max(totals.implicitHeight + 24, root.ui.px(160))
                color: root.ui.surface
                border.color: root.ui.frame; border.width: 2; radius: 10
                Column {
                    id: totals
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 12
                    spacing: 4
                    Text { text: qsTr("Total"); font.pixelSize: root.ui.px(24); color: root.ui.text }
                    Text {
                        objectName: "scoTotal"
                        text: root.sale.total
                        font.pixelSize: root.ui.px(48); font.bold: true; color: root.ui.text
                    }
                    Text {
                        text: qsTr("You save %1").arg(root.sale.savings)
                        visible: root.sco.hasSavings
                        font.pixelSize: root.ui.px(20); color: root.ui.muted
                    }
                    Text {
                        text: qsTr("Items: %1").arg(root.sale.basket.count)
                        font.pixelSize: root.ui.px(20); color: root.ui.muted
                    }
                }
            }
            ScoButton {
                objectName: "scoLookup"
                ui: root.ui
                text: qsTr("Item without barcode")
                Layout.fillWidth: true
                onClicked: root.sco.openProduce()
            }
            ScoButton {
                objectName: "scoSkipBagging"
                ui: root.ui; role: "quiet"
                visible: root.sco.baggingPending
                enabled: root.sco.skipsLeft > 0
                text: qsTr("Skip bagging (%1 left)").arg(root.sco.skipsLeft)
                Layout.fillWidth: true
                onClicked: root.sco.skipBagging()
            }
            Item { Layout.fillHeight: true }
            ScoButton {
                objectName: "scoPay"
                ui: root.ui; role: "primary"; fontPixelSize: 32
                text: qsTr("Pay")
                enabled: root.sale.basket.count > 0
                Layout.fillWidth: true
                Layout.preferredHeight: root.ui.px(110)
                onClicked: root.sco.pay()
            }
        }
    }
}
