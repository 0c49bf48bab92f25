import QtQuick
import QtQuick.Layouts

// Over the shopper's screen: an intervention that stops the sale, the "are you still
// there?" prompt and the attendant's sign-on. Each says in words and with a
// sign what is going on; none relies on colour or sound alone.
Item {
    id: root
    required property var sco
    required property var ui
    // The intervention the shopper must wait for: bagging first, then an age check that
    // stops scanning in this store.
    readonly property var stopping: {
        const list = sco.interventions
        for (let i = 0; i < list.length; ++i) {
            if (list[i].type !== "help" && list[i].type !== "age_check") return list[i]
        }
        for (let j = 0; j < list.length; ++j) {
            if (list[j].type === "age_check" && sco.blocked) return list[j]
        }
        return null
    }
    property string attendantId: ""

    // The sale waits for an attendant.
    Rectangle {
        objectName: "scoIntervention"
        anchors.fill: parent
        visible: root.stopping !== null && root.sco.blocked && !root.sco.attendantMode && !root.sco.attendantLogin
        color: root.ui.hc ? "#000000" : "#f2111827"
        MouseArea { anchors.fill: parent }
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 60, 820)
            spacing: 18
            Text {
                text: "⚠ " + qsTr("Please wait")
                font.pixelSize: root.ui.px(60); font.bold: true; color: root.ui.hc ? "#ffff00" : "#ffd54f"
                Layout.alignment: Qt.AlignHCenter
            }
            Text {
                objectName: "scoInterventionTitle"
                text: root.stopping ? root.stopping.title : ""
                font.pixelSize: root.ui.px(36); font.bold: true; color: "white"
                wrapMode: Text.WordWrap; horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true
            }
            Text {
                text: root.stopping ? root.stopping.reason : ""
                font.pixelSize: root.ui.px(24); color: "white"
                wrapMode: Text.WordWrap; horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true
            }
            Text {
                text: root.stopping && root.stopping.type === "unexpected_item" ? qsTr("Remove the last item you put in the bagging area, or wait for the attendant.")
                    : root.stopping && root.stopping.type === "item_removed" ? qsTr("Put the item back in the bagging area, or wait for the attendant.")
                    : root.stopping && root.stopping.type === "not_bagged" ? qsTr("Place the item in the bagging area.")
                    : qsTr("An attendant is coming to help you.")
                font.pixelSize: root.ui.px(28); color: "white"
                wrapMode: Text.WordWrap; horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true
            }
            ScoButton {
                objectName: "scoInterventionStaff"
                ui: root.ui; role: "quiet"; fontPixelSize: 20
                text: qsTr("Staff")
                Layout.alignment: Qt.AlignHCenter
                onClicked: root.sco.openAttendantLogin()
            }
        }
    }

    // The shopper went quiet.
    Rectangle {
        objectName: "scoIdlePrompt"
        anchors.fill: parent
        visible: root.sco.screen === "idle"
        color: root.ui.hc ? "#000000" : "#ee111827"
        MouseArea { anchors.fill: parent }
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 60, 760)
            spacing: 20
            Text {
                text: qsTr("Are you still there?")
                font.pixelSize: root.ui.px(52); font.bold: true; color: "white"
                Layout.alignment: Qt.AlignHCenter
            }
            Text {
                text: qsTr("Your items will be cancelled in %1 seconds.").arg(root.sco.idleSecondsLeft)
                font.pixelSize: root.ui.px(28); color: "white"
                wrapMode: Text.WordWrap; horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 20
                ScoButton {
                    objectName: "scoIdleCancel"
                    ui: root.ui; role: "danger"; text: qsTr("Cancel my items")
                    Layout.fillWidth: true
                    onClicked: root.sco.cancelShopping()
                }
                ScoButton {
                    objectName: "scoIdleContinue"
                    ui: root.ui; role: "primary"; text: qsTr("Continue")
                    Layout.fillWidth: true; Layout.preferredHeight: root.ui.px(100)
                    onClicked: root.sco.continueShopping()
                }
            }
        }
    }

    // Attendant sign-on: number, then PIN (or scan the badge).
    Rectangle {
        objectName: "scoAttendantLogin"
        anchors.fill: parent
        visible: root.sco.attendantLogin && !root.sco.attendantMode
        color: "#f0111827"
        MouseArea { anchors.fill: parent }
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 40, 460)
            height: Math.min(parent.height - 20, 660)
            Text {
                text: root.attendantId.length === 0 ? qsTr("Staff: key your number or scan your badge") : qsTr("Key the PIN for %1").arg(root.attendantId)
                font.pixelSize: root.ui.px(24); font.bold: true; color: "white"
                wrapMode: Text.WordWrap; Layout.fillWidth: true; horizontalAlignment: Text.AlignHCenter
            }
            NumericKeypad {
                objectName: "scoAttendantKeypad"
                Layout.fillWidth: true; Layout.fillHeight: true
                masked: root.attendantId.length > 0
                enterText: root.attendantId.length === 0 ? qsTr("Next") : qsTr("Sign on")
                onAccepted: (value) => {
                    if (root.attendantId.length === 0) { root.attendantId = value; return }
                    const id = root.attendantId
                    root.attendantId = ""
                    root.sco.signOnAttendant(id, value)
                }
            }
            ScoButton {
                objectName: "scoAttendantLoginCancel"
                ui: root.ui; role: "quiet"; text: qsTr("Cancel"); Layout.fillWidth: true
                onClicked: { root.attendantId = ""; root.sco.exitAttendant() }
            }
        }
    }
}
