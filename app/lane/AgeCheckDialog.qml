import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// An age-restricted item: key the date of birth from the ID (YYYYMMDD), or confirm visually.
Popup {
    id: root
    required property var sale
    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: 460
    height: 700
    padding: 16
    onOpened: keypad.forceActiveFocus()
    background: Rectangle { color: Theme.background; radius: Theme.radius; border.color: Theme.error; border.width: 3 }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Text { text: qsTr("Age check"); font.pixelSize: 24; font.bold: true; color: Theme.error }
        Text {
            text: qsTr("%1 may only be sold to customers aged %2 or over. Key the date of birth from the ID (YYYYMMDD).")
                  .arg(root.sale.pendingAgeItem).arg(root.sale.pendingMinimumAge)
            font.pixelSize: 18; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap
        }
        NumericKeypad {
            id: keypad
            maxLength: 8
            Layout.fillWidth: true
            Layout.fillHeight: true
            enterText: qsTr("Check date of birth")
            onAccepted: (value) => {
                if (value.length !== 8) return
                root.sale.confirmAge(parseInt(value.substr(0, 4)), parseInt(value.substr(4, 2)), parseInt(value.substr(6, 2)))
            }
        }
        TouchButton { text: qsTr("Clearly over age"); tone: Theme.accent; Layout.fillWidth: true; onClicked: root.sale.confirmAgeVisually() }
        TouchButton { text: qsTr("Refuse sale of item"); tone: Theme.error; Layout.fillWidth: true; onClicked: root.sale.refuseAge() }
    }
}
