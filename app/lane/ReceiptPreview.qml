import QtQuick
import QtQuick.Controls

// The last receipt as printed, from the "receipt" image provider.
Rectangle {
    id: root
    required property var sale
    property bool copy: false
    color: "#cfd8dc"
    radius: Theme.radius
    Accessible.name: qsTr("Receipt preview")
    Flickable {
        anchors.fill: parent
        anchors.margins: 10
        contentHeight: image.height
        clip: true
        ScrollBar.vertical: ScrollBar { width: 14 }
        Image {
            id: image
            objectName: "receiptImage"
            width: parent.width
            fillMode: Image.PreserveAspectFit
            cache: false
            source: root.sale.lastReceiptNumber.length > 0
                    ? "image://receipt/" + root.sale.receiptRevision + (root.copy ? "-copy" : "") : ""
        }
    }
}
