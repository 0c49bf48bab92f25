import QtQuick
import QtQuick.Layouts

// Attendant mode: the open interventions with what resolves each, the basket with void and
// price change on the chosen line, cancelling the whole transaction, and leaving.
Rectangle {
    id: root
    objectName: "scoAttendantPanel"
    required property var sco
    required property var sale
    required property var ui
    property int row: -1
    property bool keyingPrice: false
    property string priceReason: ""
    color: "#f5f7fa"
    MouseArea { anchors.fill: parent }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 14
        spacing: 14
        ColumnLayout {
            Layout.fillWidth: true; Layout.fillHeight: true
            spacing: 8
            Text {
                text: qsTr("Attendant: %1").arg(root.sco.attendantName)
                font.pixelSize: 28; font.bold: true; color: "#111827"
            }
            Text {
                text: qsTr("Interventions in this transaction: %1").arg(root.sco.interventionCount)
                font.pixelSize: 20; color: "#111827"
            }
            Repeater {
                model: root.sco.interventions
                Rectangle {
                    id: card
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(96, texts.implicitHeight + 24)
                    radius: 8; color: "white"; border.color: "#a31515"; border.width: 3
                    RowLayout {
                        anchors.fill: parent; anchors.margins: 10
                        ColumnLayout {
                            id: texts
                            Layout.fillWidth: true
                            spacing: 2
                            Text { text: "⚠ " + card.modelData.title; font.pixelSize: 22; font.bold: true; color: "#111827"; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                            Text { text: card.modelData.reason; font.pixelSize: 18; color: "#374151"; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                        }
                        ScoButton {
                            objectName: "scoApproveAge"
                            ui: root.ui; role: "primary"; fontPixelSize: 20
                            visible: card.modelData.type === "age_check"
                            text: qsTr("Approve age")
                            onClicked: root.sco.approveAge()
                        }
                        ScoButton {
                            objectName: "scoRefuseAge"
                            ui: root.ui; role: "danger"; fontPixelSize: 20
                            visible: card.modelData.type === "age_check"
                            text: qsTr("Refuse")
                            onClicked: root.sco.refuseAge()
                        }
                        ScoButton {
                            objectName: "scoClear_" + card.modelData.type
                            ui: root.ui; role: "primary"; fontPixelSize: 20
                            visible: card.modelData.type !== "age_check"
                            text: qsTr("Clear")
                            onClicked: root.sco.clearIntervention(card.modelData.id)
                        }
                    }
                }
            }
            Text {
                visible: root.sco.interventions.length === 0
                text: qsTr("No open interventions.")
                font.pixelSize: 20; color: "#111827"
            }
            Text { text: qsTr("Basket: touch a line"); font.pixelSize: 20; font.bold: true; color: "#111827" }
            ListView {
                objectName: "scoAttendantBasket"
                Layout.fillWidth: true; Layout.fillHeight: true
                clip: true; spacing: 3
                model: root.sale.basket
                delegate: Rectangle {
                    id: line
                    objectName: "scoAttendantLine_" + index
                    required property int index
                    required property string name
                    required property string amount
                    required property bool voided
                    width: ListView.view.width; height: 54
                    color: root.row === index ? "#dbe9f7" : "white"
                    border.color: root.row === index ? "#0d47a1" : "#c7ced8"; border.width: 2
                    Text {
                        anchors.left: parent.left; anchors.leftMargin: 10; anchors.verticalCenter: parent.verticalCenter
                        text: (root.row === line.index ? "▶ " : "") + (line.voided ? qsTr("REMOVED") + " · " : "") + line.name
                        font.pixelSize: 20; color: "#111827"
                    }
                    Text {
                        anchors.right: parent.right; anchors.rightMargin: 10; anchors.verticalCenter: parent.verticalCenter
                        text: line.amount; font.pixelSize: 20; font.bold: true; color: "#111827"
                    }
                    MouseArea { anchors.fill: parent; onClicked: root.row = line.index }
                }
            }
        }
        ColumnLayout {
            Layout.preferredWidth: 300
            Layout.fillHeight: true
            spacing: 10
            ScoButton {
                objectName: "scoVoidItem"
                ui: root.ui; text: qsTr("Remove line"); enabled: root.row >= 0
                Layout.fillWidth: true
                onClicked: { root.sco.voidItem(root.row); root.row = -1 }
            }
            ScoButton {
                objectName: "scoPriceOverride"
                ui: root.ui; text: qsTr("Change price"); enabled: root.row >= 0
                Layout.fillWidth: true
                onClicked: { root.priceReason = ""; root.keyingPrice = true }
            }
            // Why the price changes (kept on the line and in the journal), then the new price.
            Text {
                visible: root.keyingPrice && root.priceReason.length === 0
                text: qsTr("Why does the price change?")
                font.pixelSize: 20; font.bold: true; color: "#111827"
            }
            // Fixed buttons, not a Repeater: no delegate churn inside a layout (Qt 6.4).
            ScoButton {
                objectName: "scoPriceReason_shelf_price"
                visible: root.keyingPrice && root.priceReason.length === 0
                ui: root.ui; role: "quiet"; fontPixelSize: 20
                text: qsTr("Shelf price is lower")
                Layout.fillWidth: true
                onClicked: root.priceReason = "shelf_price"
            }
            ScoButton {
                objectName: "scoPriceReason_damaged"
                visible: root.keyingPrice && root.priceReason.length === 0
                ui: root.ui; role: "quiet"; fontPixelSize: 20
                text: qsTr("Damaged item")
                Layout.fillWidth: true
                onClicked: root.priceReason = "damaged"
            }
            ScoButton {
                objectName: "scoPriceReason_promotion"
                visible: root.keyingPrice && root.priceReason.length === 0
                ui: root.ui; role: "quiet"; fontPixelSize: 20
                text: qsTr("Promotion not applied")
                Layout.fillWidth: true
                onClicked: root.priceReason = "promotion"
            }
            NumericKeypad {
                visible: root.keyingPrice && root.priceReason.length > 0
                Layout.fillWidth: true; Layout.preferredHeight: 340
                enterText: qsTr("Set price")
                onAccepted: (value) => { root.keyingPrice = false; root.sco.overridePrice(root.row, value, root.priceReason) }
            }
            Item { Layout.fillHeight: true }
            ScoButton {
                objectName: "scoCancelTransaction"
                ui: root.ui; role: "danger"; text: qsTr("Cancel transaction")
                Layout.fillWidth: true
                onClicked: root.sco.cancelTransaction("cancelled by attendant")
            }
            ScoButton {
                objectName: "scoExitAttendant"
                ui: root.ui; role: "quiet"; text: qsTr("Back to shopper")
                Layout.fillWidth: true
                onClicked: { root.row = -1; root.sco.exitAttendant() }
            }
        }
    }
}
