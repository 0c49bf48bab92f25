import QtQuick
import QtQuick.Layouts

// What a passer-by sees: a welcome, the language choice and one large Start. Scanning an
// item starts too.
Rectangle {
    id: root
    objectName: "scoAttractScreen"
    required property var sco
    required property var language
    required property var ui
    color: ui.bg
    Accessible.name: qsTr("Welcome")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 820)
        spacing: root.ui.px(22)
        Text {
            text: qsTr("Welcome")
            font.pixelSize: root.ui.px(56); font.bold: true; color: root.ui.text
            Layout.alignment: Qt.AlignHCenter
        }
        Text {
            text: qsTr("Scan your first item or touch Start.")
            font.pixelSize: root.ui.px(28); color: root.ui.text
            wrapMode: Text.WordWrap; horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        ScoButton {
            objectName: "scoStart"
            ui: root.ui; role: "primary"; fontPixelSize: 36
            text: qsTr("Start")
            Layout.fillWidth: true
            Layout.preferredHeight: root.ui.px(120)
            onClicked: root.sco.start()
        }
        Text {
            text: "언어 선택 · Choose your language"
            font.pixelSize: root.ui.px(24); color: root.ui.text
            Layout.alignment: Qt.AlignHCenter
        }
        RowLayout {
            spacing: 16
            Layout.fillWidth: true
            // Each language names itself, and the chosen one says so in words.
            ScoButton {
                objectName: "scoLangKo"
                ui: root.ui; role: root.language.language === "ko" ? "primary" : "normal"
                text: root.language.language === "ko" ? "✓ 한국어" : "한국어"
                Accessible.name: "한국어"
                Layout.fillWidth: true
                onClicked: root.sco.chooseLanguage("ko")
            }
            ScoButton {
                objectName: "scoLangEn"
                ui: root.ui; role: root.language.language === "en" ? "primary" : "normal"
                text: root.language.language === "en" ? "✓ English" : "English"
                Accessible.name: "English"
                Layout.fillWidth: true
                onClicked: root.sco.chooseLanguage("en")
            }
        }
    }
    ScoButton {
        objectName: "scoStaff"
        ui: root.ui; role: "quiet"; fontPixelSize: 18
        text: qsTr("Staff")
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        onClicked: root.sco.openAttendantLogin()
    }
}
