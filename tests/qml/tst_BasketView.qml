import QtQuick
import QtTest
import Lane

Item {
    id: root
    width: 600
    height: 260

    ListModel { id: lines }
    BasketView {
        id: view
        anchors.fill: parent
        model: lines
    }

    TestCase {
        name: "BasketView"
        when: windowShown

        function add(name, voided) {
            lines.append({ lineId: lines.count + 1, name: name, quantity: "1 x 1,000원",
                           amount: "1,000원", savings: "", kind: "sale", voided: voided })
        }

        function test_newestLineIsCurrentAndVisible() {
            lines.clear()
            for (let i = 0; i < 20; ++i)
                add("Item " + i, false)
            compare(view.count, 20)
            tryCompare(view, "currentIndex", 19)
            waitForRendering(view)
            const last = view.itemAtIndex(19)
            verify(last)
            verify(last.y + last.height <= view.contentY + view.height + 1)
        }

        function test_savingsAreShownUnderTheLine() {
            lines.clear()
            lines.append({ lineId: 1, name: "Soju", quantity: "3 x 1,950원", amount: "5,850원",
                           savings: "3 for 5,000 -850원", kind: "sale", voided: false })
            waitForRendering(view)
            const row = view.itemAtIndex(0)
            verify(row.height >= 60)
            compare(row.savings, "3 for 5,000 -850원")
        }

        function test_emptyBasketInvitesAScan() {
            lines.clear()
            compare(view.count, 0)
        }
    }
}
