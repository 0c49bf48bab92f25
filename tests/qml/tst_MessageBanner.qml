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

        // The longest message at 1024 px: three lines at full size; with maxLines 2 the
        // banner stays two lines high and the message is set smaller, whole.
        function test_longMessageIsSetSmallerNotTaller() {
            const text = findChild(banner, "messageText")
            const longest = "The terminal did not confirm the card payment of ₩12,345 and cannot "
                + "be asked now. Do not charge again and do not hand over the goods: check the "
                + "terminal, then press Check payments."
            banner.text = longest
            banner.maxLines = 0
            const unlimited = banner.implicitHeight
            banner.maxLines = 2
            verify(banner.implicitHeight < unlimited, banner.implicitHeight + " < " + unlimited)
            verify(text.height <= 2 * 20 * 1.6, "text height " + text.height)
            verify(!text.truncated)
            verify(text.contentHeight <= text.height + 1,
                   "content " + text.contentHeight + " in " + text.height)
            // Far too long even at the smallest size: cut at the end, the banner still low.
            banner.text = longest + " " + longest + " " + longest
            verify(text.height <= 2 * 20 * 1.6, "text height " + text.height)
            verify(text.truncated)
            banner.maxLines = 0
            banner.text = "Unknown barcode 8809999999997. Key the PLU or put the item aside."
            compare(banner.implicitHeight, 60)
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
