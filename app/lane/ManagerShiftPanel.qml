import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lane

// The drawer shift: open with a counted float, paid-in / paid-out / pickups with a reason,
// close with a blind count (the expected amount shows only after the count).
ColumnLayout {
    id: root
    required property ManagerViewModel manager
    spacing: Theme.spacing

    function tenderName(key) {
        return key === "cash" ? qsTr("Cash") : key === "card" ? qsTr("Card")
             : key === "voucher" ? qsTr("Voucher") : key === "giftcard" ? qsTr("Gift card") : key
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: status.implicitHeight + 20
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.line
        Text {
            id: status
            objectName: "shiftStatus"
            anchors.fill: parent
            anchors.margins: 10
            font.pixelSize: 20
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            text: root.manager.shiftOpen
                  ? qsTr("Shift %1 open · cashier %2 · float %3").arg(root.manager.shift.id).arg(root.manager.shift.cashier).arg(root.manager.shift.float)
                  : qsTr("No shift open. Count the float, then open the shift.")
        }
    }

    Text {
        text: root.manager.shiftOpen ? qsTr("Blind count at close: count the drawer by note and coin.")
                                     : qsTr("Opening float by note and coin.")
        font.pixelSize: 17; color: Theme.mutedText; Layout.fillWidth: true; wrapMode: Text.WordWrap
    }

    ManagerCashCount {
        count: root.manager.cashCount
        twoColumns: root.height < 700
        Layout.fillWidth: true
        Layout.fillHeight: true
    }

    // After a close: expected against counted per tender.
    ColumnLayout {
        objectName: "closeResult"
        visible: root.manager.closeResult.length > 0
        Layout.fillWidth: true
        spacing: 2
        Repeater {
            model: root.manager.closeResult
            RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Text { text: root.tenderName(modelData.tender); font.pixelSize: 18; font.bold: true; color: Theme.text; Layout.preferredWidth: 120 }
                Text { text: qsTr("expected %1").arg(modelData.expected); font.pixelSize: 18; color: Theme.text; Layout.preferredWidth: 210 }
                Text { text: qsTr("counted %1").arg(modelData.counted); font.pixelSize: 18; color: Theme.text; Layout.preferredWidth: 210 }
                Text {
                    text: modelData.exact ? qsTr("✓ no difference") : qsTr("⚠ difference %1").arg(modelData.variance)
                    font.pixelSize: 18; font.bold: true
                    color: modelData.exact ? Theme.ok : Theme.error
                    Layout.fillWidth: true
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TouchButton {
            objectName: "openShiftButton"
            visible: !root.manager.shiftOpen
            text: qsTr("Open shift")
            tone: Theme.accent
            Layout.fillWidth: true
            onClicked: root.manager.openShift()
        }
        TouchButton {
            objectName: "closeShiftButton"
            visible: root.manager.shiftOpen && !root.manager.varianceNeedsApproval
            text: qsTr("Close shift")
            tone: Theme.accent
            Layout.fillWidth: true
            onClicked: root.manager.closeShift()
        }
        TouchButton {
            objectName: "approveVarianceButton"
            visible: root.manager.shiftOpen && root.manager.varianceNeedsApproval
            text: qsTr("Approve difference")
            tone: Theme.warning
            Layout.fillWidth: true
            onClicked: varianceReason.open()
        }
        TouchButton {
            objectName: "paidInButton"
            enabled: root.manager.shiftOpen
            text: qsTr("Paid in")
            tone: "#455a64"
            Layout.fillWidth: true
            onClicked: root.askMovement("paid_in", qsTr("Paid-in amount"), [{code: "change float top-up", label: qsTr("Float top-up")}, {code: "other income", label: qsTr("Other income")}])
        }
        TouchButton {
            objectName: "paidOutButton"
            enabled: root.manager.shiftOpen
            text: qsTr("Paid out")
            tone: "#455a64"
            Layout.fillWidth: true
            onClicked: root.askMovement("paid_out", qsTr("Paid-out amount"), [{code: "supplier delivery", label: qsTr("Supplier delivery")}, {code: "petty cash", label: qsTr("Petty cash")}])
        }
        TouchButton {
            objectName: "pickupButton"
            enabled: root.manager.shiftOpen
            text: qsTr("Pickup to safe")
            tone: "#455a64"
            Layout.fillWidth: true
            onClicked: root.askMovement("pickup", qsTr("Amount taken to the safe"), [{code: "safe drop", label: qsTr("Safe drop")}])
        }
    }

    property string movementKind: ""
    property string movementAmount: ""
    function askMovement(kind, title, reasons) {
        movementKind = kind
        amount.title = title
        movementReason.reasons = reasons
        amount.open()
    }
    AmountDialog {
        id: amount
        onAccepted: (value) => { root.movementAmount = value; movementReason.title = qsTr("Reason"); movementReason.open() }
    }
    ReasonDialog {
        id: movementReason
        onChosen: (reason) => root.manager.moveCash(root.movementKind, root.movementAmount, reason)
    }
    ReasonDialog {
        id: varianceReason
        objectName: "varianceReasonDialog"
        title: qsTr("Why does the count differ?")
        reasons: [{code: "counting error at sale", label: qsTr("Change given wrongly")}, {code: "unrecorded paid-out", label: qsTr("Paid-out not recorded")}, {code: "unexplained", label: qsTr("Not explained")}]
        onChosen: (reason) => root.manager.closeShift(reason)
    }
}
