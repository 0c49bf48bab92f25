import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lane

// The lane window: header, the screen of the current step, device status always visible.
ApplicationWindow {
    id: root
    required property SaleViewModel sale
    required property SessionViewModel session
    required property DeviceStatusModel devices
    required property LanguageController language
    required property MoneyFormatter money
    required property ManagerViewModel manager
    property bool managerMode: false
    property bool paying: sale.state === "tendering" || sale.state === "paid" || (sale.state === "finished" && sale.changeDue.length > 0)
    width: 1024
    height: 768
    visible: true
    title: qsTr("Lane")
    color: Theme.background

    header: Rectangle {
        height: 56
        color: Theme.primary
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 12
            Text { text: qsTr("Lane"); color: "white"; font.pixelSize: 24; font.bold: true }
            Text {
                text: root.session.signedOn ? qsTr("Cashier: %1").arg(root.session.userName) : qsTr("Signed off")
                color: "white"; font.pixelSize: 18; Layout.fillWidth: true
            }
            TouchButton {
                objectName: "languageButton"
                text: root.language.language === "ko" ? "English" : "한국어"
                Accessible.name: qsTr("Switch language")
                implicitHeight: 44
                tone: "#0d3c6b"
                fontPixelSize: 17
                onClicked: root.language.setLanguage(root.language.language === "ko" ? "en" : "ko")
            }
            TouchButton {
                objectName: "managerButton"
                visible: root.session.signedOn && !root.managerMode && !root.paying
                text: qsTr("Manager")
                implicitHeight: 44
                tone: "#0d3c6b"
                fontPixelSize: 17
                onClicked: { root.manager.enter(); root.managerMode = true }
            }
            TouchButton {
                objectName: "signOffButton"
                visible: root.session.signedOn
                text: qsTr("Sign off")
                implicitHeight: 44
                tone: "#0d3c6b"
                fontPixelSize: 17
                onClicked: root.session.signOff()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        MessageBanner {
            id: banner
            objectName: "messageBanner"
            text: root.sale.message
            isError: root.sale.messageIsError
            maxLines: root.height < 900 ? 2 : 3 // the keypads keep their room at 1024x768
            Layout.fillWidth: true
            Layout.margins: root.sale.message.length > 0 ? Theme.spacing : 0
            onDismissed: root.sale.clearMessage()
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            SignOnScreen {
                anchors.fill: parent
                visible: !root.session.signedOn
                session: root.session
            }
            SaleScreen {
                id: saleScreen
                anchors.fill: parent
                visible: root.session.signedOn && !root.paying && !root.managerMode
                sale: root.sale
                session: root.session
                onAskAmount: (t, h) => { amountDialog.title = t; amountDialog.handler = h; amountDialog.open() }
                onAskReason: (t, r, h) => { reasonDialog.title = t; reasonDialog.reasons = r; reasonDialog.handler = h; reasonDialog.open() }
                onAskApproval: (p, a, h) => { supervisor.permission = p; supervisor.actionText = a; supervisor.handler = h; supervisor.open() }
                onShowReceipt: receiptPopup.open()
            }
            TenderScreen {
                anchors.fill: parent
                visible: root.session.signedOn && root.paying
                sale: root.sale
                onAskAmount: (t, h) => { amountDialog.title = t; amountDialog.handler = h; amountDialog.open() }
                onShowReceipt: receiptPopup.open()
            }
            ManagerScreen {
                objectName: "managerScreen"
                anchors.fill: parent
                visible: root.session.signedOn && root.managerMode
                manager: root.manager
                onBack: root.managerMode = false
            }
            Connections {
                target: root.session
                function onSessionChanged() { if (!root.session.signedOn) root.managerMode = false }
            }
            LockScreen {
                anchors.fill: parent
                visible: root.session.signedOn && root.session.locked
                session: root.session
            }
        }
        DeviceStatusBar {
            objectName: "deviceStatusBar"
            model: root.devices
            Layout.fillWidth: true
        }
    }

    AmountDialog {
        id: amountDialog
        property var handler
        onAccepted: (v) => handler(v)
    }
    ReasonDialog {
        id: reasonDialog
        property var handler
        onChosen: (r) => handler(r)
    }
    SupervisorDialog {
        id: supervisor
        session: root.session
        property var handler
        onApproved: (id) => handler(id)
    }
    AgeCheckDialog {
        id: ageCheck
        objectName: "ageCheckDialog"
        sale: root.sale
        visible: root.sale.pendingMinimumAge > 0 && root.session.signedOn && !root.session.locked
    }
    Popup {
        id: receiptPopup
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 480
        height: root.height - 80
        ReceiptPreview { anchors.fill: parent; sale: root.sale }
    }
    Connections {
        target: root.sale
        function onRejected() { banner.flash() }
    }
}
