import QtQuick
import QtQuick.Layouts

// The basket, the totals, the keypad for PLUs and quantities, and the functions.
Item {
    id: root
    objectName: "saleScreen"
    required property var sale
    required property var session
    property int quantity: 1
    signal askAmount(string title, var handler)
    signal askReason(string title, var reasons, var handler)
    signal askApproval(string permission, string actionText, var handler)
    signal showReceipt()
    signal pay()
    property bool wide: width > 1400
    Accessible.name: qsTr("Sale")

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            BasketView {
                id: basket
                objectName: "basketView"
                model: root.sale.basket
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            FunctionPanel {
                Layout.fillWidth: true
                columns: root.wide ? 12 : 6
                sale: root.sale
                session: root.session
                selectedRow: basket.currentIndex
                onAskAmount: (t, h) => root.askAmount(t, h)
                onAskReason: (t, r, h) => root.askReason(t, r, h)
                onAskApproval: (p, a, h) => root.askApproval(p, a, h)
                onShowReceipt: root.showReceipt()
                onShowSuspended: suspendedDialog.open()
            }
        }
        ColumnLayout {
            Layout.preferredWidth: root.wide ? 560 : 380
            Layout.fillHeight: true
            spacing: Theme.spacing
            TotalsPanel { sale: root.sale; compact: !root.wide; Layout.fillWidth: true }
            NumericKeypad {
                id: keypad
                objectName: "saleKeypad"
                Layout.fillWidth: true
                Layout.fillHeight: true
                enterText: qsTr("Enter PLU / code")
                onAccepted: (value) => { root.sale.enterCode(value, root.quantity); root.quantity = 1 }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "quantityButton"
                    text: root.quantity > 1 ? qsTr("Next item × %1").arg(root.quantity) : qsTr("× Quantity")
                    tone: root.quantity > 1 ? Theme.accent : "#546e7a"
                    Layout.fillWidth: true
                    onClicked: { const q = parseInt(keypad.entry); if (q > 0) root.quantity = q; keypad.entry = "" }
                }
                TouchButton {
                    objectName: "searchButton"
                    text: qsTr("Search")
                    Accessible.name: qsTr("Search items by name or department")
                    tone: "#37474f"
                    Layout.fillWidth: true
                    enabled: root.sale.search !== null
                    onClicked: itemSearch.open()
                }
                TouchButton {
                    objectName: "payButton"
                    visible: !root.sale.paymentsBlocked
                    text: qsTr("Pay")
                    tone: Theme.ok
                    fontPixelSize: 26
                    enabled: root.sale.state === "open"
                    Layout.fillWidth: true
                    Layout.preferredHeight: root.wide ? Theme.touchTarget + 16 : Theme.touchTarget
                    onClicked: if (root.sale.startTender()) root.pay()
                }
                TouchButton {
                    // An interrupted card payment: nothing is sold until the terminal says
                    // what happened to it.
                    objectName: "saleCheckPaymentsButton"
                    visible: root.sale.paymentsBlocked
                    enabled: !root.sale.cardBusy
                    text: qsTr("Check payments")
                    tone: "#8a5000"
                    fontPixelSize: 20
                    Layout.fillWidth: true
                    Layout.preferredHeight: root.wide ? Theme.touchTarget + 16 : Theme.touchTarget
                    onClicked: root.sale.reconcilePayments()
                }
            }
        }
    }
    // Popups live outside the layouts: a layout must not lay out a popup's items.
    SuspendedDialog {
        id: suspendedDialog
        sale: root.sale
    }
    ItemSearchDialog {
        id: itemSearch
        sale: root.sale
        search: root.sale.search
    }
}
