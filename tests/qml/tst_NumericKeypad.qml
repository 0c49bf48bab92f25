import QtQuick
import QtTest
import Lane

Item {
    id: root
    width: 400
    height: 500

    NumericKeypad {
        id: keypad
        anchors.fill: parent
        maxLength: 5
    }
    SignalSpy { id: accepted; target: keypad; signalName: "accepted" }

    TestCase {
        name: "NumericKeypad"
        when: windowShown

        function init() { keypad.entry = ""; keypad.masked = false; accepted.clear() }

        function key(name) { return findChild(keypad, name) }

        function test_clicksBuildTheEntry() {
            mouseClick(key("key_1"))
            mouseClick(key("key_2"))
            mouseClick(key("key_0"))
            compare(keypad.entry, "120")
            mouseClick(key("key_⌫"))
            compare(keypad.entry, "12")
            mouseClick(key("keypadEnter"))
            compare(accepted.count, 1)
            compare(accepted.signalArguments[0][0], "12")
            compare(keypad.entry, "")
        }

        function test_maxLengthAndClear() {
            for (let i = 0; i < 8; ++i)
                mouseClick(key("key_9"))
            compare(keypad.entry, "99999")
            mouseClick(key("key_C"))
            compare(keypad.entry, "")
        }

        function test_keyboardAlone() {
            keypad.forceActiveFocus()
            keyClick(Qt.Key_4)
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_7)
            compare(keypad.entry, "47")
            keyClick(Qt.Key_Return)
            compare(accepted.count, 1)
            compare(accepted.signalArguments[0][0], "47")
        }

        function test_maskedShowsNoDigits() {
            keypad.masked = true
            mouseClick(key("key_5"))
            mouseClick(key("key_6"))
            const shown = findChild(keypad, "keypadEntry").text
            compare(shown.length, 2)
            verify(shown.indexOf("5") < 0 && shown.indexOf("6") < 0)
        }

        function test_targetsAreLargeEnoughToTouch() {
            verify(key("key_5").height >= 44)
            verify(key("key_5").width >= 44)
        }
    }
}
