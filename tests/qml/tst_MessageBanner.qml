import QtQuick
import QtTest
import Lane

Item {
    id: root
    width: 1024
    height: 200

    MessageBanner {
        id: banner
        width: parent.width
        text: "Unknown barcode 8809999999997. Key the PLU or put the item aside."
        isError: true
    }

    TestCase {
        name: "MessageBanner"
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

        // WCAG relative luminance and contrast ratio.
        function luminance(c) {
            const f = (v) => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
            return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b)
        }
        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }

        function test_errorIsReadableAndNotColourOnly() {
            banner.isError = true
            verify(textIn(banner).indexOf("⚠") >= 0)
            verify(contrast(banner.color, Qt.color("white")) >= 4.5, "contrast " + contrast(banner.color, Qt.color("white")))
            compare(banner.Accessible.name.indexOf("Error"), 0)
        }

        function test_infoHasItsOwnSign() {
            banner.isError = false
            verify(textIn(banner).indexOf("ℹ") >= 0)
            verify(textIn(banner).indexOf("⚠") < 0)
            verify(contrast(banner.color, Qt.color("white")) >= 4.5)
            banner.isError = true
        }

        function test_flashNeverFadesTheText() {
            banner.flash()
            for (let i = 0; i < 10; ++i) {
                wait(30)
                compare(banner.opacity, 1.0)
            }
        }
    }
}
