import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lane

// The day's figures: the X report since the last Z (or the Z just run), with bars for
// tenders, departments and hours. Every amount is formatted by the view model.
ColumnLayout {
    id: root
    required property ManagerViewModel manager
    readonly property var r: manager.report
    spacing: Theme.spacing

    function tenderName(key) {
        return key === "cash" ? qsTr("Cash") : key === "card" ? qsTr("Card")
             : key === "voucher" ? qsTr("Voucher") : key === "giftcard" ? qsTr("Gift card") : key
    }

    component Figure: RowLayout {
        property alias label: l.text
        property alias value: v.text
        property bool strong: false
        Layout.fillWidth: true
        Text { id: l; font.pixelSize: 17; font.bold: parent.strong; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
        Text { id: v; font.pixelSize: 17; font.bold: true; color: Theme.text }
    }
    component Bars: ColumnLayout {
        id: bars
        property string title: ""
        property var rows: []
        property var labelOf: (row) => row.name
        spacing: 2
        Text { text: bars.title; font.pixelSize: 18; font.bold: true; color: Theme.text }
        Text { visible: bars.rows.length === 0; text: qsTr("No sales yet"); font.pixelSize: 16; color: Theme.mutedText }
        Repeater {
            model: bars.rows
            RowLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: 6
                Text { text: bars.labelOf(modelData); font.pixelSize: 15; color: Theme.text; Layout.preferredWidth: 110; elide: Text.ElideRight }
                Item {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 18
                    Rectangle { width: Math.max(2, parent.width * modelData.fraction); height: parent.height; radius: 3; color: Theme.primary }
                }
                Text { text: modelData.amount; font.pixelSize: 15; font.bold: true; color: Theme.text; Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Text {
            objectName: "reportTitle"
            text: (root.r.kind === "Z" ? qsTr("Z report %1").arg(root.r.zNumber) : qsTr("X report (no reset)"))
                  + " · " + qsTr("business day %1").arg(root.r.toDate)
            font.pixelSize: 22; font.bold: true; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight
        }
        Text { text: qsTr("as of %1").arg(root.r.generated); font.pixelSize: 16; color: Theme.mutedText }
        TouchButton {
            objectName: "printXButton"
            visible: root.r.kind !== "Z"
            text: qsTr("Print X")
            implicitHeight: 52
            onClicked: root.manager.printX()
        }
    }

    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentWidth: availableWidth
        GridLayout {
            width: parent.width
            columns: width > 700 ? 2 : 1
            columnSpacing: 24
            rowSpacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: 3
                Figure { objectName: "figureNet"; label: qsTr("Net sales"); value: root.r.net; strong: true }
                Figure { label: qsTr("Gross sales"); value: root.r.gross }
                Figure { label: qsTr("Discounts and promotions"); value: root.r.discounts }
                Figure { label: qsTr("Tax"); value: root.r.tax }
                Figure { objectName: "figureSales"; label: qsTr("Sales (%1)").arg(root.r.sales.count); value: root.r.sales.amount }
                Figure { label: qsTr("Returns (%1)").arg(root.r.returns.count); value: root.r.returns.amount }
                Figure { label: qsTr("Voided sales (%1)").arg(root.r.voids.count); value: root.r.voids.amount }
                Figure { label: qsTr("Voided lines (%1)").arg(root.r.lineVoids.count); value: root.r.lineVoids.amount }
                Figure { label: qsTr("Change given"); value: root.r.change }
                Figure { label: qsTr("Customers"); value: root.r.customers }
                Figure { label: qsTr("Average basket"); value: root.r.average }
                Figure { label: qsTr("No-sale drawer openings"); value: root.r.noSales }
                Figure { label: qsTr("Price overrides"); value: root.r.priceOverrides }
                Figure { visible: root.r.kind === "Z"; label: qsTr("Grand total (never reset)"); value: root.r.grandNet; strong: true }
                Bars {
                    objectName: "tenderBars"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    title: qsTr("Tenders")
                    rows: root.r.tenders
                    labelOf: (row) => root.tenderName(row.key)
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing
                Bars {
                    objectName: "departmentBars"
                    Layout.fillWidth: true
                    title: qsTr("Departments")
                    rows: root.r.departments
                }
                Bars {
                    objectName: "hourBars"
                    Layout.fillWidth: true
                    title: qsTr("Hours")
                    rows: root.r.hours
                    labelOf: (row) => qsTr("%1:00").arg(row.key)
                }
            }
        }
    }
}
