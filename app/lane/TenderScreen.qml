import QtQuick
import QtQuick.Layouts

// Payment: exact cash, notes, keyed amounts, card and voucher; afterwards the change, large,
// until the drawer is closed.
Item {
    id: root
    objectName: "tenderScreen"
    required property var sale
    signal askAmount(string title, var handler)
    signal showReceipt()
    property bool finished: sale.state === "finished"
    property bool wide: width > 1400
    // Short of height (1024x768, more so under a message): quick cash in one row and the
    // keyed-cash Enter beside Card and Voucher, so the keypad keeps rows a finger can hit.
    property bool compact: height < 700
    Accessible.name: qsTr("Payment")

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 3

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Text { text: root.finished ? qsTr("Change due") : qsTr("Amount due"); font.pixelSize: 28; color: Theme.mutedText }
            Text {
                objectName: "bigAmount"
                text: root.finished ? (root.sale.changeDue.length > 0 ? root.sale.changeDue : root.sale.balance) : root.sale.balance
                font.pixelSize: root.wide ? 110 : 76
                font.bold: true
                color: root.finished ? Theme.ok : Theme.text
                Layout.fillWidth: true
                fontSizeMode: Text.HorizontalFit
            }
            Text { text: qsTr("Total %1 · Paid %2").arg(root.sale.total).arg(root.sale.paid); font.pixelSize: 22; color: Theme.text }
            // One text, not a Repeater: the tenders change on every payment, and Qt 6.4
            // layouts crash on repeated items destroyed during a rearrange.
            Text {
                objectName: "tenderLines"
                visible: root.sale.tenders.length > 0
                text: root.sale.tenders.map((t) => t.kind + "  " + t.amount).join("\n")
                font.pixelSize: 20
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            RowLayout {
                visible: root.finished
                spacing: Theme.spacing
                Layout.fillWidth: true
                TouchButton { objectName: "drawerClosedButton"; text: qsTr("Drawer closed · next customer"); tone: Theme.ok; Layout.fillWidth: true; onClicked: root.sale.drawerClosed() }
                TouchButton { text: qsTr("Receipt view"); Layout.fillWidth: true; onClicked: root.showReceipt() }
                TouchButton { text: qsTr("Reprint"); tone: "#546e7a"; Layout.fillWidth: true; onClicked: root.sale.reprintLastReceipt() }
            }
            TouchButton {
                visible: !root.finished
                text: qsTr("Back to basket")
                tone: "#607d8b"
                Layout.fillWidth: true
                onClicked: root.sale.backToBasket()
            }
        }

        CardStatusPanel {
            visible: !root.finished && root.sale.cardBusy
            sale: root.sale
            Layout.preferredWidth: root.wide ? 640 : 440
            Layout.fillHeight: true
        }
        ColumnLayout {
            visible: !root.finished && !root.sale.cardBusy
            Layout.preferredWidth: root.wide ? 640 : 440
            Layout.fillHeight: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "exactCashButton"
                text: qsTr("Exact cash")
                tone: Theme.ok
                fontPixelSize: 24
                Layout.fillWidth: true
                Layout.preferredHeight: root.compact ? Theme.touchTarget : Theme.touchTarget + 16
                onClicked: root.sale.payExactCash()
            }
            GridLayout {
                columns: root.compact ? 4 : 2
                Layout.fillWidth: true
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                Repeater {
                    model: root.sale.quickCash
                    TouchButton {
                        required property int index
                        required property string modelData
                        objectName: "quickCash" + index
                        text: modelData
                        tone: "#2e7d32"
                        fontPixelSize: root.compact ? 20 : 22
                        Layout.fillWidth: true
                        onClicked: root.sale.payQuickCash(index)
                    }
                }
            }
            NumericKeypad {
                id: keypad
                objectName: "tenderKeypad"
                Layout.fillWidth: true
                Layout.fillHeight: true
                enterText: qsTr("Cash (keyed amount)")
                showEnter: !root.compact
                onAccepted: (value) => root.sale.payCash(value)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "keyedCashButton"
                    visible: root.compact
                    text: keypad.enterText
                    tone: Theme.accent
                    fontPixelSize: 18
                    Layout.fillWidth: true
                    onClicked: keypad.enter()
                }
                TouchButton {
                    objectName: "cardButton"
                    visible: !root.sale.paymentsBlocked
                    enabled: root.sale.cardAvailable
                    text: root.sale.cardAvailable ? qsTr("Card") : qsTr("Card (no terminal)")
                    tone: Theme.primary
                    Layout.fillWidth: true
                    onClicked: { root.sale.payCard(keypad.entry); keypad.entry = "" }
                }
                TouchButton {
                    objectName: "checkPaymentsButton"
                    visible: root.sale.paymentsBlocked
                    text: qsTr("Check payments")
                    tone: "#8a5000"
                    enabled: !root.sale.cardBusy
                    Layout.fillWidth: true
                    onClicked: root.sale.reconcilePayments()
                }
                TouchButton {
                    objectName: "voucherButton"
                    text: qsTr("Voucher")
                    tone: "#6a1b9a"
                    Layout.fillWidth: true
                    onClicked: {
                        const value = keypad.entry
                        keypad.entry = ""
                        root.askAmount(qsTr("Voucher number"), (ref) => root.sale.payVoucher(value, ref))
                    }
                }
            }
        }
        ReceiptPreview {
            visible: root.finished
            sale: root.sale
            Layout.preferredWidth: 420
            Layout.fillHeight: true
        }
    }
}
