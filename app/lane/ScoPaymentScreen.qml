import QtQuick
import QtQuick.Layouts

// Paying: the amount large, receipt or not, the store's tenders (card first), the card
// terminal's status in words; then the thank-you.
Rectangle {
    id: root
    objectName: "scoPaymentScreen"
    required property var sco
    required property var sale
    required property var ui
    readonly property bool finished: sco.screen === "finished"
    property string voucherValue: ""
    property bool voucherEntry: false
    color: ui.bg
    Accessible.name: finished ? qsTr("Thank you") : qsTr("Payment")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 860)
        spacing: root.ui.px(16)
        visible: !root.finished && !root.voucherEntry
        Text { text: qsTr("Amount to pay"); font.pixelSize: root.ui.px(28); color: root.ui.text; Layout.alignment: Qt.AlignHCenter }
        Text {
            objectName: "scoBalance"
            text: root.sale.balance
            font.pixelSize: root.ui.px(72); font.bold: true; color: root.ui.text
            Layout.alignment: Qt.AlignHCenter
        }
        Text {
            text: root.sale.cardStatus || ""
            visible: text.length > 0
            font.pixelSize: root.ui.px(24); font.bold: true; color: root.ui.text
            wrapMode: Text.WordWrap; horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true
        }
        Text { text: qsTr("Receipt"); font.pixelSize: root.ui.px(22); color: root.ui.text }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            ScoButton {
                objectName: "scoReceiptYes"
                ui: root.ui; role: root.sco.printReceipt ? "primary" : "quiet"
                text: (root.sco.printReceipt ? "✓ " : "") + qsTr("Print a receipt")
                Layout.fillWidth: true
                onClicked: root.sco.printReceipt = true
            }
            ScoButton {
                objectName: "scoReceiptNo"
                ui: root.ui; role: root.sco.printReceipt ? "quiet" : "primary"
                text: (root.sco.printReceipt ? "" : "✓ ") + qsTr("No receipt")
                Layout.fillWidth: true
                onClicked: root.sco.printReceipt = false
            }
        }
        Text { text: qsTr("Pay with"); font.pixelSize: root.ui.px(22); color: root.ui.text }
        Text {
            objectName: "scoVoucherHint"
            visible: root.sco.tenders.indexOf("voucher") >= 0
            text: "➜ " + qsTr("Have a voucher? Scan its barcode, or press Voucher to key it.")
            font.pixelSize: root.ui.px(20); color: root.ui.muted
            wrapMode: Text.WordWrap; Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            ScoButton {
                objectName: "scoPayCard"
                ui: root.ui; role: "primary"; fontPixelSize: 30
                visible: root.sco.tenders.indexOf("card") >= 0
                enabled: !(root.sale.cardBusy || false)
                text: qsTr("Card")
                Layout.fillWidth: true; Layout.preferredHeight: root.ui.px(110)
                onClicked: root.sco.payCard()
            }
            ScoButton {
                objectName: "scoPayVoucher"
                ui: root.ui; fontPixelSize: 26
                visible: root.sco.tenders.indexOf("voucher") >= 0
                text: qsTr("Voucher")
                Layout.fillWidth: true; Layout.preferredHeight: root.ui.px(110)
                onClicked: { root.voucherValue = ""; root.voucherEntry = true }
            }
            ScoButton {
                objectName: "scoPayCash"
                ui: root.ui; fontPixelSize: 26
                visible: root.sco.tenders.indexOf("cash") >= 0
                text: qsTr("Cash")
                Layout.fillWidth: true; Layout.preferredHeight: root.ui.px(110)
                onClicked: root.sco.payCash("")
            }
        }
        ScoButton {
            objectName: "scoPaymentBack"
            ui: root.ui; role: "quiet"
            text: qsTr("Back to my items")
            enabled: !(root.sale.cardBusy || false)
            Layout.fillWidth: true
            onClicked: root.sco.backToShopping()
        }
    }

    // A paper voucher: its value, then its number, on the keypad.
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 460)
        height: Math.min(parent.height - 20, 600)
        visible: root.voucherEntry && !root.finished
        Text {
            text: root.voucherValue.length === 0 ? qsTr("Key the voucher's value") : qsTr("Key the voucher's number")
            font.pixelSize: root.ui.px(26); font.bold: true; color: root.ui.text
            Layout.alignment: Qt.AlignHCenter
        }
        NumericKeypad {
            Layout.fillWidth: true; Layout.fillHeight: true
            enterText: qsTr("OK")
            onAccepted: (value) => {
                if (root.voucherValue.length === 0) { root.voucherValue = value; return }
                root.voucherEntry = false
                root.sco.payVoucher(root.voucherValue, value)
            }
        }
        ScoButton { ui: root.ui; role: "quiet"; text: qsTr("Cancel"); Layout.fillWidth: true; onClicked: root.voucherEntry = false }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 860)
        spacing: root.ui.px(20)
        visible: root.finished
        Text {
            objectName: "scoThankYou"
            text: qsTr("Thank you!")
            font.pixelSize: root.ui.px(64); font.bold: true; color: root.ui.text
            Layout.alignment: Qt.AlignHCenter
        }
        Text {
            text: root.sco.printReceipt ? qsTr("Take your receipt and your bags.") : qsTr("Take your bags.")
            font.pixelSize: root.ui.px(32); color: root.ui.text
            Layout.alignment: Qt.AlignHCenter
        }
        Text {
            text: qsTr("Receipt number %1").arg(root.sale.lastReceiptNumber)
            font.pixelSize: root.ui.px(22); color: root.ui.muted
            Layout.alignment: Qt.AlignHCenter
        }
        ScoButton {
            objectName: "scoDone"
            ui: root.ui; role: "primary"
            text: qsTr("Done")
            Layout.fillWidth: true
            onClicked: root.sco.done()
        }
    }
}
