import QtQuick
import QtTest
import Lane

Item {
    id: root
    width: 1024
    height: 120

    ListModel {
        id: devices
        ListElement { device: "scanner"; label: "Scanner"; level: "ok"; advice: "Ready" }
        ListElement { device: "printer"; label: "Printer"; level: "error"; advice: "Paper out: replace the roll" }
        ListElement { device: "scale"; label: "Scale"; level: "off"; advice: "Not connected" }
    }
    DeviceStatusBar {
        id: bar
        width: parent.width
        model: devices
    }

    TestCase {
        name: "DeviceStatusBar"
        when: windowShown

        function textIn(item) {
            let all = ""
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c.text !== undefined) all += c.text + "|"
                all += textIn(c)
            }
            return all
        }

        function test_failingDeviceSaysWhatToDo() {
            const printer = findChild(bar, "device_printer")
            verify(printer)
            verify(textIn(printer).indexOf("Paper out: replace the roll") >= 0)
            verify(Qt.colorEqual(printer.color, Theme.error))
            // Never colour alone: the fault carries a sign too.
            verify(textIn(printer).indexOf("✕") >= 0)
            verify(textIn(findChild(bar, "device_scanner")).indexOf("✓") >= 0)
        }

        function test_compactHidesAdviceOfHealthyDevices() {
            const scanner = findChild(bar, "device_scanner")
            verify(textIn(scanner).indexOf("Ready") < 0)
            bar.width = 1920
            verify(textIn(scanner).indexOf("Ready") >= 0)
            bar.width = 1024
        }

        function test_followsTheModel() {
            devices.setProperty(1, "level", "ok")
            devices.setProperty(1, "advice", "Ready")
            const printer = findChild(bar, "device_printer")
            verify(!Qt.colorEqual(printer.color, Theme.error))
            devices.setProperty(1, "level", "error")
        }
    }
}
