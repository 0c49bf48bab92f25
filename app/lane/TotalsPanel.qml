import QtQuick
import QtQuick.Layouts

// The last item large, then the running totals with tax.
Rectangle {
    id: root
    required property var sale
    property bool compact: false
    color: Theme.surface
    radius: Theme.radius
    implicitHeight: layout.implicitHeight + 24
    Accessible.name: qsTr("Totals")

    component Row2: RowLayout {
        property alias label: l.text
        property alias value: v.text
        property int size: 20
        property color tone: Theme.text
        Layout.fillWidth: true
        Text { id: l; font.pixelSize: parent.size; color: parent.tone; Layout.fillWidth: true }
        Text { id: v; font.pixelSize: parent.size; color: parent.tone; font.bold: true }
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 12
        spacing: 4
        // The last scanned item, large; on small screens name and price share a row.
        GridLayout {
            columns: root.compact ? 2 : 1
            Layout.fillWidth: true
            columnSpacing: 8
            rowSpacing: 0
            Text {
                objectName: "lastItemName"
                Layout.fillWidth: true
                text: root.sale.lastItemName.length > 0 ? root.sale.lastItemName : " "
                font.pixelSize: root.compact ? 22 : 28
                font.bold: true
                color: Theme.primary
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: !root.compact
                text: root.sale.lastItemPrice.length > 0 ? root.sale.lastItemPrice : " "
                font.pixelSize: root.compact ? 24 : 36
                font.bold: true
                color: Theme.primary
                horizontalAlignment: Text.AlignRight
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.line }
        Row2 { label: qsTr("Subtotal"); value: root.sale.subtotal }
        Row2 { label: qsTr("Savings"); value: root.sale.savings; tone: Theme.saving }
        Row2 { label: qsTr("Tax included"); value: root.sale.tax; size: 17; tone: Theme.mutedText }
        Row2 { objectName: "totalRow"; label: qsTr("Total"); value: root.sale.total; size: root.compact ? 30 : 40 }
    }
}
