import QtQuick
import QtQuick.Layouts

// Line and transaction functions. Guarded ones ask a supervisor when the cashier lacks the right.
GridLayout {
    id: root
    required property var sale
    required property var session
    required property int selectedRow
    property int quantity: 1
    signal askAmount(string title, var handler)
    signal askReason(string title, var reasons, var handler)
    signal askApproval(string permission, string actionText, var handler)
    signal showReceipt()
    signal showSuspended()
    columns: 6
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    function guarded(permission, actionText, handler) {
        if (session.can(permission)) handler(session.userId)
        else askApproval(permission, actionText, handler)
    }

    component Fn: TouchButton {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        fontPixelSize: 17
        tone: "#455a64"
    }

    Fn {
        objectName: "fnQuantity"
        text: qsTr("Quantity")
        enabled: root.selectedRow >= 0
        onClicked: root.askAmount(qsTr("New quantity"), (v) => root.sale.setLineQuantity(root.selectedRow, parseInt(v)))
    }
    Fn {
        objectName: "fnVoidLine"
        text: qsTr("Void line")
        enabled: root.selectedRow >= 0
        onClicked: root.askReason(qsTr("Why is the line voided?"),
                                  [{code: "wrong item", label: qsTr("Wrong item")}, {code: "customer changed mind", label: qsTr("Customer changed mind")}, {code: "damaged", label: qsTr("Damaged")}],
                                  (r) => root.sale.voidLine(root.selectedRow, r))
    }
    Fn {
        objectName: "fnPrice"
        text: qsTr("Price")
        enabled: root.selectedRow >= 0
        onClicked: root.guarded("price.override", qsTr("Change the price of the selected line"),
                                (approver) => root.askAmount(qsTr("New unit price"), (v) => root.sale.overrideLinePrice(root.selectedRow, v, approver)))
    }
    Fn {
        objectName: "fnDiscount"
        text: qsTr("Discount %")
        enabled: root.selectedRow >= 0
        onClicked: root.guarded("line.discount", qsTr("Discount the selected line"),
                                (approver) => root.askAmount(qsTr("Discount in percent"), (v) => root.sale.discountLine(root.selectedRow, parseInt(v), approver)))
    }
    Fn {
        objectName: "fnSuspend"
        text: qsTr("Suspend")
        onClicked: root.sale.suspend()
    }
    Fn {
        objectName: "fnResume"
        text: qsTr("Resume")
        enabled: root.sale.suspendedBaskets.length > 0
        onClicked: root.showSuspended()
    }
    Fn {
        objectName: "fnVoidSale"
        text: qsTr("Void sale")
        tone: Theme.error
        onClicked: root.guarded("transaction.void", qsTr("Void the whole sale"), (approver) =>
                       root.askReason(qsTr("Why is the sale voided?"),
                                      [{code: "customer left", label: qsTr("Customer left")}, {code: "payment failed", label: qsTr("Payment failed")}, {code: "training", label: qsTr("Training")}],
                                      (r) => root.sale.voidTransaction(r, approver)))
    }
    Fn {
        objectName: "fnReturn"
        text: qsTr("Return")
        onClicked: root.guarded("sale.return", qsTr("Return items of an earlier sale"),
                                (approver) => root.askAmount(qsTr("Receipt number (scan or key)"), (v) => root.sale.returnByReceipt(v)))
    }
    Fn {
        objectName: "fnNoSale"
        text: qsTr("No sale")
        onClicked: root.guarded("drawer.no_sale", qsTr("Open the drawer without a sale"), (approver) =>
                       root.askReason(qsTr("Why is the drawer opened?"),
                                      [{code: "change for customer", label: qsTr("Change for a customer")}, {code: "cash pickup", label: qsTr("Cash pickup")}],
                                      (r) => root.sale.noSale(r, approver)))
    }
    Fn {
        objectName: "fnReprint"
        text: qsTr("Reprint")
        enabled: root.sale.lastReceiptNumber.length > 0
        onClicked: root.sale.reprintLastReceipt()
    }
    Fn {
        objectName: "fnReceipt"
        text: qsTr("Receipt view")
        enabled: root.sale.lastReceiptNumber.length > 0
        onClicked: root.showReceipt()
    }
    Fn {
        objectName: "fnLock"
        text: qsTr("Lock")
        onClicked: root.session.lockNow()
    }
}
