import QtQuick
import QtQuick.Layouts

// The card terminal's live status while a card payment runs (insert card, PIN, authorising,
// remove card), with the one thing the cashier can do: cancel on the terminal. Also shown
// while an interrupted payment is checked after a restart.
Rectangle {
    id: root
    objectName: "cardStatusPanel"
    required property var sale
    color: Theme.surface
    border.color: Theme.primary
    border.width: 3
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Card terminal") + ": " + sale.cardStatus

    // A symbol per stage, so the state never depends on colour alone.
    function symbol(stage) {
        switch (stage) {
        case "insert": return "▤ →"
        case "pin": return "* * * *"
        case "host": return "⇄"
        case "remove": return "← ▤"
        case "checking": return "?"
        case "cancelling": return "✕"
        default: return "…"
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing * 2
        Text {
            text: qsTr("Card terminal")
            font.pixelSize: 22
            font.bold: true
            color: Theme.primary
        }
        Text {
            text: root.symbol(root.sale.cardStage)
            font.pixelSize: 64; font.bold: true; color: Theme.primary
            Layout.alignment: Qt.AlignHCenter
            Accessible.ignored: true
        }
        Text {
            objectName: "cardStatusText"
            text: root.sale.cardStatus
            font.pixelSize: 26
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
        TouchButton {
            objectName: "cancelCardButton"
            visible: root.sale.cardStage !== "checking"
            enabled: root.sale.cardStage !== "cancelling"
            text: qsTr("Cancel on terminal")
            tone: Theme.error
            Layout.fillWidth: true
            onClicked: root.sale.cancelCard()
        }
    }
}
