import QtQuick
import QtQuick.Controls

// The basket lines, newest at the bottom and always in view; savings under their line.
ListView {
    id: root
    clip: true
    spacing: 2
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.name: qsTr("Basket")
    // After the view has taken the change in: the newest line is selected and in view.
    onCountChanged: Qt.callLater(root.showNewest)
    function showNewest() { currentIndex = count - 1; positionViewAtEnd() }
    ScrollBar.vertical: ScrollBar { width: 14 }

    delegate: Rectangle {
        id: line
        required property int index
        required property string name
        required property string quantity
        required property string amount
        required property string savings
        required property string kind
        required property bool voided
        width: ListView.view.width - 16
        height: Math.max(60, content.implicitHeight + 14)
        color: ListView.isCurrentItem ? "#dbe9f7" : Theme.surface
        border.color: ListView.isCurrentItem ? Theme.primary : "transparent"
        border.width: 2
        radius: 4
        Accessible.name: name + " " + quantity + " " + amount
        MouseArea { anchors.fill: parent; onClicked: root.currentIndex = line.index }
        Column {
            id: content
            anchors.left: parent.left
            anchors.right: amountText.left
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 2
            Text {
                width: parent.width
                text: (line.kind === "return" ? qsTr("Return") + ": " : "") + line.name
                font.pixelSize: 20
                font.bold: true
                font.strikeout: line.voided
                color: line.voided ? Theme.mutedText : Theme.text
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                text: line.voided ? qsTr("Voided") : line.quantity
                font.pixelSize: 15
                color: Theme.mutedText
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                visible: line.savings.length > 0 && !line.voided
                text: line.savings
                font.pixelSize: 15
                font.bold: true
                color: Theme.saving
                wrapMode: Text.WordWrap
            }
        }
        Text {
            id: amountText
            anchors.right: parent.right
            anchors.rightMargin: 12
            anchors.verticalCenter: parent.verticalCenter
            text: line.amount
            font.pixelSize: 22
            font.bold: true
            font.strikeout: line.voided
            color: line.voided ? Theme.mutedText : Theme.text
        }
    }
    Text {
        anchors.centerIn: parent
        visible: root.count === 0
        text: qsTr("Scan an item or key a PLU")
        font.pixelSize: 24
        color: Theme.mutedText
    }
}
