import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lane

// The self-checkout kiosk (lane --mode sco): one screen at a time for a shopper who has
// never seen it, the attendant's panel on top when signed on.
ApplicationWindow {
    id: root
    required property ScoViewModel sco
    required property SaleViewModel sale
    required property DeviceStatusModel devices
    required property LanguageController language
    width: 1024
    height: 768
    visible: true
    title: qsTr("Self-checkout")
    color: kiosk.bg

    // The kiosk palette: normal, or high contrast (white and yellow on black).
    QtObject {
        id: kiosk
        readonly property bool hc: root.sco.highContrast
        readonly property real scale: (root.sco.largeText ? 1.3 : 1.0) * Math.max(1, root.height / 900)
        readonly property color bg: hc ? "#000000" : "#eef1f5"
        readonly property color surface: hc ? "#000000" : "#ffffff"
        readonly property color text: hc ? "#ffffff" : "#111827"
        readonly property color muted: hc ? "#ffff00" : "#374151"
        readonly property color frame: hc ? "#ffffff" : "#c7ced8"
        function buttonColor(role) {
            if (hc) return role === "danger" ? "#ffffff" : role === "quiet" ? "#000000" : "#ffff00"
            return role === "primary" ? "#0b6b3a" : role === "danger" ? "#a31515" : role === "quiet" ? "#4b5563" : "#0d47a1"
        }
        function buttonText(role) { return hc && role !== "quiet" ? "#000000" : "#ffffff" }
        function px(base) { return Math.round(base * scale) }
    }

    header: Rectangle {
        height: kiosk.px(72)
        color: kiosk.hc ? "#000000" : "#0d47a1"
        border.color: kiosk.frame
        border.width: kiosk.hc ? 2 : 0
        RowLayout {
            anchors.fill: parent
            anchors.margins: 8
            spacing: 8
            Text {
                text: qsTr("Self-checkout")
                color: "white"; font.pixelSize: kiosk.px(28); font.bold: true
                Layout.fillWidth: true
            }
            ScoButton {
                ui: kiosk; role: "quiet"; objectName: "scoLargeText"
                implicitHeight: kiosk.px(56); fontPixelSize: 18
                text: root.sco.largeText ? qsTr("Normal text") : qsTr("Large text")
                onClicked: root.sco.largeText = !root.sco.largeText
            }
            ScoButton {
                ui: kiosk; role: "quiet"; objectName: "scoHighContrast"
                implicitHeight: kiosk.px(56); fontPixelSize: 18
                text: root.sco.highContrast ? qsTr("Normal colours") : qsTr("High contrast")
                onClicked: root.sco.highContrast = !root.sco.highContrast
            }
            ScoButton {
                ui: kiosk; role: "quiet"; objectName: "scoLanguage"
                implicitHeight: kiosk.px(56); fontPixelSize: 18
                visible: root.sco.screen !== "attract"
                text: root.language.language === "ko" ? "English" : "한국어"
                Accessible.name: qsTr("Switch language")
                onClicked: root.sco.chooseLanguage(root.language.language === "ko" ? "en" : "ko")
            }
            ScoButton {
                ui: kiosk; role: "danger"; objectName: "scoHelp"
                implicitHeight: kiosk.px(56); fontPixelSize: 20
                text: root.sco.helpCalled ? qsTr("Help is coming") : qsTr("Help")
                onClicked: root.sco.callHelp()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8
        MessageBanner {
            objectName: "scoMessage"
            text: root.sco.notice.length > 0 ? root.sco.notice : root.sale.message
            isError: root.sco.notice.length > 0 || root.sale.messageIsError
            Layout.fillWidth: true
            onDismissed: { root.sale.clearMessage(); root.sco.noteActivity() }
        }
        // Age check: the shopper may keep scanning while the attendant comes.
        Rectangle {
            id: ageNote
            objectName: "scoAgeNote"
            readonly property var check: {
                const list = root.sco.interventions
                for (let i = 0; i < list.length; ++i) if (list[i].type === "age_check") return list[i]
                return null
            }
            visible: check !== null && !root.sco.blocked && root.sco.screen !== "attract"
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? ageText.implicitHeight + 24 : 0
            radius: 10
            color: kiosk.hc ? "#000000" : "#4a1d96"
            border.color: kiosk.hc ? "#ffff00" : "#ffffff"; border.width: 3
            RowLayout {
                anchors.fill: parent; anchors.margins: 10
                Text {
                    id: ageText
                    text: "⚠ " + qsTr("ID check: %1. An attendant will approve it; you can keep scanning.").arg(ageNote.check ? ageNote.check.reason : "")
                    font.pixelSize: kiosk.px(22); font.bold: true; color: "white"
                    wrapMode: Text.WordWrap; Layout.fillWidth: true
                }
                ScoButton {
                    ui: kiosk; role: "quiet"; fontPixelSize: 18; text: qsTr("Staff")
                    implicitHeight: kiosk.px(60)
                    onClicked: root.sco.openAttendantLogin()
                }
            }
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScoAttractScreen {
                anchors.fill: parent
                visible: root.sco.screen === "attract"
                sco: root.sco; language: root.language; ui: kiosk
            }
            ScoShoppingScreen {
                anchors.fill: parent
                visible: root.sco.screen === "shopping" || root.sco.screen === "idle"
                sco: root.sco; sale: root.sale; ui: kiosk
            }
            ScoProduceScreen {
                anchors.fill: parent
                visible: root.sco.screen === "produce"
                sco: root.sco; ui: kiosk
            }
            ScoPaymentScreen {
                anchors.fill: parent
                visible: root.sco.screen === "payment" || root.sco.screen === "finished"
                sco: root.sco; sale: root.sale; ui: kiosk
            }
        }
    }

    // Interventions, the idle prompt and the attendant's sign-on, over everything.
    ScoOverlay {
        anchors.fill: parent
        sco: root.sco; ui: kiosk
    }
    ScoAttendantPanel {
        anchors.fill: parent
        visible: root.sco.attendantMode
        sco: root.sco; sale: root.sale; ui: kiosk
    }
    // A price change the attendant may not do alone: a second person approves it with their
    // number and PIN (or scans their badge), the same dialog and authorizer as at the POS.
    SupervisorDialog {
        id: approvalDialog
        objectName: "scoApprovalDialog"
        session: root.sco.approval
        permission: "price.override"
        actionText: root.sco.approvalText
        onClosed: if (root.sco.approvalPending) root.sco.cancelApproval()
    }
    Connections {
        target: root.sco
        function onAttendantChanged() {
            if (root.sco.approvalPending && !approvalDialog.opened) approvalDialog.open()
            else if (!root.sco.approvalPending && approvalDialog.opened) approvalDialog.close()
        }
    }
    // Any touch counts as activity (the idle timer), without taking the touch.
    MouseArea {
        anchors.fill: parent
        z: 100
        propagateComposedEvents: true
        onPressed: (mouse) => { root.sco.noteActivity(); mouse.accepted = false }
    }
}
