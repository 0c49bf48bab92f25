import QtQuick
import QtTest
import Lane

Item {
    width: 300
    height: 200

    TouchButton { id: button; text: "Pay" }
    SignalSpy { id: clicked; target: button; signalName: "clicked" }

    TestCase {
        name: "TouchButton"
        when: windowShown

        function test_enterPressesTheFocusedButton() {
            clicked.clear()
            button.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(clicked.count, 1)
        }

        function test_disabledDoesNothing() {
            clicked.clear()
            button.enabled = false
            mouseClick(button)
            keyClick(Qt.Key_Return)
            compare(clicked.count, 0)
            button.enabled = true
        }

        function test_largeTargetAndAccessibleName() {
            verify(button.height >= Theme.touchTarget)
            compare(button.Accessible.name, "Pay")
        }
    }
}
