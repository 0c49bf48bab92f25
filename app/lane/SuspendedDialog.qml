import QtQuick
import QtQuick.Controls

// The baskets suspended on this lane (kept in the store): when, by whom, how many lines and
// the total; touching one brings it back as the open basket.
Popup {
    id: root
    objectName: "suspendedDialog"
    required property var sale
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 40)
    padding: 16
    background: Rectangle { color: Theme.background; radius: Theme.radius; border.color: Theme.primary; border.width: 2 }
    // A positioner, not a layout: the list is rebuilt while the popup is closed, and Qt 6.4
    // layouts keep pointers to repeated items destroyed while they are hidden.
    contentItem: Column {
        spacing: Theme.spacing
        Text {
            text: qsTr("Suspended baskets")
            font.pixelSize: 24; font.bold: true; color: Theme.text
        }
        Text {
            visible: root.sale.suspendedBaskets.length === 0
            text: qsTr("No basket is suspended.")
            font.pixelSize: 18; color: Theme.mutedText
        }
        Repeater {
            model: root.sale.suspendedBaskets
            TouchButton {
                required property int index
                required property var modelData
                objectName: "suspended" + index
                width: parent ? parent.width : implicitWidth
                tone: "#37474f"
                fontPixelSize: 19
                text: qsTr("%1 · %2 · %n line(s) · %3", "", modelData.lines)
                      .arg(modelData.time).arg(modelData.cashier).arg(modelData.total)
                Accessible.name: qsTr("Resume basket of %1 suspended at %2, total %3")
                                 .arg(modelData.cashier).arg(modelData.time).arg(modelData.total)
                onClicked: { root.close(); root.sale.resume(index) }
            }
        }
        TouchButton { text: qsTr("Cancel"); tone: "#607d8b"; width: parent.width; onClicked: root.close() }
    }
}
