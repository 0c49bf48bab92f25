<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AgeCheckDialog</name>
    <message>
        <location filename="../app/lane/AgeCheckDialog.qml" line="20"/>
        <source>Age check</source>
        <translation>Age check</translation>
    </message>
    <message>
        <location filename="../app/lane/AgeCheckDialog.qml" line="22"/>
        <source>%1 may only be sold to customers aged %2 or over. Key the date of birth from the ID (YYYYMMDD).</source>
        <translation>%1 may only be sold to customers aged %2 or over. Key the date of birth from the ID (YYYYMMDD).</translation>
    </message>
    <message>
        <location filename="../app/lane/AgeCheckDialog.qml" line="31"/>
        <source>Check date of birth</source>
        <translation>Check date of birth</translation>
    </message>
    <message>
        <location filename="../app/lane/AgeCheckDialog.qml" line="37"/>
        <source>Clearly over age</source>
        <translation>Clearly over age</translation>
    </message>
    <message>
        <location filename="../app/lane/AgeCheckDialog.qml" line="38"/>
        <source>Refuse sale of item</source>
        <translation>Refuse sale of item</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../app/lane/AmountDialog.qml" line="27"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/lane/AmountDialog.qml" line="30"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BasketView</name>
    <message>
        <location filename="../app/lane/BasketView.qml" line="11"/>
        <source>Basket</source>
        <translation>Basket</translation>
    </message>
    <message>
        <location filename="../app/lane/BasketView.qml" line="44"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../app/lane/BasketView.qml" line="53"/>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../app/lane/BasketView.qml" line="83"/>
        <source>Scan an item or key a PLU</source>
        <translation>Scan an item or key a PLU</translation>
    </message>
</context>
<context>
    <name>CardStatusPanel</name>
    <message>
        <location filename="../app/lane/CardStatusPanel.qml" line="16"/>
        <location filename="../app/lane/CardStatusPanel.qml" line="36"/>
        <source>Card terminal</source>
        <translation>Card terminal</translation>
    </message>
    <message>
        <location filename="../app/lane/CardStatusPanel.qml" line="62"/>
        <source>Cancel on terminal</source>
        <translation>Cancel on terminal</translation>
    </message>
</context>
<context>
    <name>DeviceStatusBar</name>
    <message>
        <location filename="../app/lane/DeviceStatusBar.qml" line="11"/>
        <source>Device status</source>
        <translation>Device status</translation>
    </message>
</context>
<context>
    <name>FunctionPanel</name>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="34"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="36"/>
        <source>New quantity</source>
        <translation>New quantity</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="40"/>
        <source>Void line</source>
        <translation>Void line</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="42"/>
        <source>Why is the line voided?</source>
        <translation>Why is the line voided?</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="43"/>
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="43"/>
        <source>Customer changed mind</source>
        <translation>Customer changed mind</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="43"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="48"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="50"/>
        <source>Change the price of the selected line</source>
        <translation>Change the price of the selected line</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="51"/>
        <source>New unit price</source>
        <translation>New unit price</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="55"/>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="57"/>
        <source>Discount the selected line</source>
        <translation>Discount the selected line</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="58"/>
        <source>Discount in percent</source>
        <translation>Discount in percent</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="62"/>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="67"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="73"/>
        <source>Void sale</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="75"/>
        <source>Void the whole sale</source>
        <translation>Void the whole sale</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="76"/>
        <source>Why is the sale voided?</source>
        <translation>Why is the sale voided?</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="77"/>
        <source>Customer left</source>
        <translation>Customer left</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="77"/>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="77"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="82"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="83"/>
        <source>Return items of an earlier sale</source>
        <translation>Return items of an earlier sale</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="84"/>
        <source>Receipt number (scan or key)</source>
        <translation>Receipt number (scan or key)</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="88"/>
        <source>No sale</source>
        <translation>No sale</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="89"/>
        <source>Open the drawer without a sale</source>
        <translation>Open the drawer without a sale</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="90"/>
        <source>Why is the drawer opened?</source>
        <translation>Why is the drawer opened?</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="91"/>
        <source>Change for a customer</source>
        <translation>Change for a customer</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="91"/>
        <source>Cash pickup</source>
        <translation>Cash pickup</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="96"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="102"/>
        <source>Receipt view</source>
        <translation>Receipt view</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="108"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>ItemSearchDialog</name>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="49"/>
        <source>Type a name, or pick a department</source>
        <translation>Type a name, or pick a department</translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="55"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lane/ItemSearchDialog.qml" line="82"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="96"/>
        <source>Nothing found. Check the spelling or pick a department.</source>
        <translation>Nothing found. Check the spelling or pick a department.</translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="127"/>
        <source>Switch keyboard</source>
        <translation>Switch keyboard</translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="132"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="133"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="134"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../app/lane/LockScreen.qml" line="10"/>
        <location filename="../app/lane/LockScreen.qml" line="19"/>
        <source>Lane locked</source>
        <translation>Lane locked</translation>
    </message>
    <message>
        <location filename="../app/lane/LockScreen.qml" line="20"/>
        <source>%1, key your PIN to go on.</source>
        <translation>%1, key your PIN to go on.</translation>
    </message>
    <message>
        <location filename="../app/lane/LockScreen.qml" line="27"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../app/lane/LockScreen.qml" line="30"/>
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/lane/Main.qml" line="20"/>
        <location filename="../app/lane/Main.qml" line="31"/>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <location filename="../app/lane/Main.qml" line="33"/>
        <source>Cashier: %1</source>
        <translation>Cashier: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/Main.qml" line="33"/>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../app/lane/Main.qml" line="39"/>
        <source>Switch language</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <location filename="../app/lane/Main.qml" line="48"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../app/lane/Main.qml" line="57"/>
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
</context>
<context>
    <name>ManagerCashCount</name>
    <message>
        <location filename="../app/lane/ManagerCashCount.qml" line="14"/>
        <source>Cash count</source>
        <translation>Cash count</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerCashCount.qml" line="58"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerCashCount.qml" line="66"/>
        <source>Set pieces</source>
        <translation>Set pieces</translation>
    </message>
</context>
<context>
    <name>ManagerClosePanel</name>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="16"/>
        <source>No sale in progress on this lane</source>
        <translation>No sale in progress on this lane</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="16"/>
        <source>A sale is in progress: finish or void it</source>
        <translation>A sale is in progress: finish or void it</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="17"/>
        <source>Every card payment has a result</source>
        <translation>Every card payment has a result</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="17"/>
        <source>A card payment has no result: reconcile with the terminal</source>
        <translation>A card payment has no result: reconcile with the terminal</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="18"/>
        <source>Every cashier shift is closed</source>
        <translation>Every cashier shift is closed</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="18"/>
        <source>A cashier shift is open: count the drawer and close it</source>
        <translation>A cashier shift is open: count the drawer and close it</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="19"/>
        <source>The business day is open</source>
        <translation>The business day is open</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="19"/>
        <source>The business day is already closed</source>
        <translation>The business day is already closed</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="20"/>
        <source>All events sent to head office</source>
        <translation>All events sent to head office</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="21"/>
        <source>%1 KB of events not yet sent to head office (sent when the network is back; the Z may run)</source>
        <translation>%1 KB of events not yet sent to head office (sent when the network is back; the Z may run)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="26"/>
        <source>Before the Z</source>
        <translation>Before the Z</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="55"/>
        <source>Blocks the Z</source>
        <translation>Blocks the Z</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="55"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="81"/>
        <source>Z %1 closed business day %2: net sales %3, %4 sales. Grand total %5.</source>
        <translation>Z %1 closed business day %2: net sales %3, %4 sales. Grand total %5.</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="94"/>
        <source>Run Z and close the day</source>
        <translation>Run Z and close the day</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="102"/>
        <source>Show the Z figures</source>
        <translation>Show the Z figures</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="109"/>
        <source>Print the Z again</source>
        <translation>Print the Z again</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="117"/>
        <source>Open the next business day</source>
        <translation>Open the next business day</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="135"/>
        <source>Close business day %1? Sales stop until the next day is opened. The Z prints on the receipt printer.</source>
        <translation>Close business day %1? Sales stop until the next day is opened. The Z prints on the receipt printer.</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="140"/>
        <source>Run Z</source>
        <translation>Run Z</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="145"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ManagerReportPanel</name>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="15"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="15"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="16"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="16"/>
        <source>Gift card</source>
        <translation>Gift card</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="34"/>
        <source>No sales yet</source>
        <translation>No sales yet</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="56"/>
        <source>Z report %1</source>
        <translation>Z report %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="56"/>
        <source>X report (no reset)</source>
        <translation>X report (no reset)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="57"/>
        <source>business day %1</source>
        <translation>business day %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="60"/>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="64"/>
        <source>Print X</source>
        <translation>Print X</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="85"/>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="86"/>
        <source>Gross sales</source>
        <translation>Gross sales</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="87"/>
        <source>Discounts and promotions</source>
        <translation>Discounts and promotions</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="88"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="89"/>
        <source>Sales (%1)</source>
        <translation>Sales (%1)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="90"/>
        <source>Returns (%1)</source>
        <translation>Returns (%1)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="91"/>
        <source>Voided sales (%1)</source>
        <translation>Voided sales (%1)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="92"/>
        <source>Voided lines (%1)</source>
        <translation>Voided lines (%1)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="93"/>
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="94"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="95"/>
        <source>Average basket</source>
        <translation>Average basket</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="96"/>
        <source>No-sale drawer openings</source>
        <translation>No-sale drawer openings</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="97"/>
        <source>Price overrides</source>
        <translation>Price overrides</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="98"/>
        <source>Grand total (never reset)</source>
        <translation>Grand total (never reset)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="103"/>
        <source>Tenders</source>
        <translation>Tenders</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="115"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="121"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="123"/>
        <source>%1:00</source>
        <translation>%1:00</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="14"/>
        <source>Manager screens</source>
        <translation>Manager screens</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="26"/>
        <source>Manager sign-in</source>
        <translation>Manager sign-in</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="35"/>
        <source>Manager number</source>
        <translation>Manager number</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="35"/>
        <source>PIN of %1</source>
        <translation>PIN of %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="42"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="54"/>
        <location filename="../app/lane/ManagerScreen.qml" line="103"/>
        <source>Back to sale</source>
        <translation>Back to sale</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="73"/>
        <source>Manager %1</source>
        <translation>Manager %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="79"/>
        <source>Business day %1</source>
        <translation>Business day %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="79"/>
        <source>(closed)</source>
        <translation>(closed)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="85"/>
        <source>Shift and cash</source>
        <translation>Shift and cash</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="86"/>
        <source>Today&apos;s figures (X)</source>
        <translation>Today&apos;s figures (X)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="87"/>
        <source>Close the day (Z)</source>
        <translation>Close the day (Z)</translation>
    </message>
</context>
<context>
    <name>ManagerShiftPanel</name>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="14"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="14"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="15"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="15"/>
        <source>Gift card</source>
        <translation>Gift card</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="34"/>
        <source>Shift %1 open · cashier %2 · float %3</source>
        <translation>Shift %1 open · cashier %2 · float %3</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="35"/>
        <source>No shift open. Count the float, then open the shift.</source>
        <translation>No shift open. Count the float, then open the shift.</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="40"/>
        <source>Blind count at close: count the drawer by note and coin.</source>
        <translation>Blind count at close: count the drawer by note and coin.</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="41"/>
        <source>Opening float by note and coin.</source>
        <translation>Opening float by note and coin.</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="64"/>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="65"/>
        <source>counted %1</source>
        <translation>counted %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="67"/>
        <source>✓ no difference</source>
        <translation>✓ no difference</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="67"/>
        <source>⚠ difference %1</source>
        <translation>⚠ difference %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="82"/>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="90"/>
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="98"/>
        <source>Approve difference</source>
        <translation>Approve difference</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="106"/>
        <source>Paid in</source>
        <translation>Paid in</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="109"/>
        <source>Paid-in amount</source>
        <translation>Paid-in amount</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="109"/>
        <source>Float top-up</source>
        <translation>Float top-up</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="109"/>
        <source>Other income</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="114"/>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="117"/>
        <source>Paid-out amount</source>
        <translation>Paid-out amount</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="117"/>
        <source>Supplier delivery</source>
        <translation>Supplier delivery</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="117"/>
        <source>Petty cash</source>
        <translation>Petty cash</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="122"/>
        <source>Pickup to safe</source>
        <translation>Pickup to safe</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="125"/>
        <source>Amount taken to the safe</source>
        <translation>Amount taken to the safe</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="125"/>
        <source>Safe drop</source>
        <translation>Safe drop</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="139"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="148"/>
        <source>Why does the count differ?</source>
        <translation>Why does the count differ?</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="149"/>
        <source>Change given wrongly</source>
        <translation>Change given wrongly</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="149"/>
        <source>Paid-out not recorded</source>
        <translation>Paid-out not recorded</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="149"/>
        <source>Not explained</source>
        <translation>Not explained</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../app/lane/MessageBanner.qml" line="18"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../app/lane/MessageBanner.qml" line="18"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/lane/MessageBanner.qml" line="56"/>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../app/lane/NumericKeypad.qml" line="10"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../app/lane/NumericKeypad.qml" line="14"/>
        <source>Keypad</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <location filename="../app/lane/NumericKeypad.qml" line="56"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/lane/NumericKeypad.qml" line="56"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../app/lane/ReasonDialog.qml" line="28"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../app/lane/ReceiptPreview.qml" line="11"/>
        <source>Receipt preview</source>
        <translation>Receipt preview</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="17"/>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="67"/>
        <source>Next item × %1</source>
        <translation>Next item × %1</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="59"/>
        <source>Enter PLU / code</source>
        <translation>Enter PLU / code</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="67"/>
        <source>× Quantity</source>
        <translation>× Quantity</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="74"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="75"/>
        <source>Search items by name or department</source>
        <translation>Search items by name or department</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="84"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="98"/>
        <source>Check payments</source>
        <translation>Check payments</translation>
    </message>
</context>
<context>
    <name>ScoAttendantPanel</name>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="1"/>
        <source>Why does the price change?</source>
        <translation>Why does the price change?</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="1"/>
        <source>Shelf price is lower</source>
        <translation>Shelf price is lower</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="1"/>
        <source>Damaged item</source>
        <translation>Damaged item</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="1"/>
        <source>Promotion not applied</source>
        <translation>Promotion not applied</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="25"/>
        <source>Attendant: %1</source>
        <translation>Attendant: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="29"/>
        <source>Interventions in this transaction: %1</source>
        <translation>Interventions in this transaction: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="53"/>
        <source>Approve age</source>
        <translation>Approve age</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="60"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="67"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="75"/>
        <source>No open interventions.</source>
        <translation>No open interventions.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="78"/>
        <source>Basket: touch a line</source>
        <translation>Basket: touch a line</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="95"/>
        <source>REMOVED</source>
        <translation>REMOVED</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="112"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="118"/>
        <source>Change price</source>
        <translation>Change price</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="125"/>
        <source>Set price</source>
        <translation>Set price</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="131"/>
        <source>Cancel transaction</source>
        <translation>Cancel transaction</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="137"/>
        <source>Back to shopper</source>
        <translation>Back to shopper</translation>
    </message>
</context>
<context>
    <name>ScoAttractScreen</name>
    <message>
        <location filename="../app/lane/ScoAttractScreen.qml" line="13"/>
        <location filename="../app/lane/ScoAttractScreen.qml" line="20"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttractScreen.qml" line="25"/>
        <source>Scan your first item or touch Start.</source>
        <translation>Scan your first item or touch Start.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttractScreen.qml" line="33"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttractScreen.qml" line="68"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>ScoMain</name>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="17"/>
        <location filename="../app/lane/ScoMain.qml" line="48"/>
        <source>Self-checkout</source>
        <translation>Self-checkout</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="55"/>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="55"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="61"/>
        <source>Normal colours</source>
        <translation>Normal colours</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="61"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="69"/>
        <source>Switch language</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="75"/>
        <source>Help is coming</source>
        <translation>Help is coming</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="75"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="111"/>
        <source>ID check: %1. An attendant will approve it; you can keep scanning.</source>
        <translation>ID check: %1. An attendant will approve it; you can keep scanning.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="116"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>ScoOverlay</name>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="37"/>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="53"/>
        <source>Remove the last item you put in the bagging area, or wait for the attendant.</source>
        <translation>Remove the last item you put in the bagging area, or wait for the attendant.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="54"/>
        <source>Put the item back in the bagging area, or wait for the attendant.</source>
        <translation>Put the item back in the bagging area, or wait for the attendant.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="55"/>
        <source>Place the item in the bagging area.</source>
        <translation>Place the item in the bagging area.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="56"/>
        <source>An attendant is coming to help you.</source>
        <translation>An attendant is coming to help you.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="63"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="82"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="87"/>
        <source>Your items will be cancelled in %1 seconds.</source>
        <translation>Your items will be cancelled in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="96"/>
        <source>Cancel my items</source>
        <translation>Cancel my items</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="102"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="122"/>
        <source>Staff: key your number or scan your badge</source>
        <translation>Staff: key your number or scan your badge</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="122"/>
        <source>Key the PIN for %1</source>
        <translation>Key the PIN for %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="130"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="130"/>
        <source>Sign on</source>
        <translation>Sign on</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="140"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ScoPaymentScreen</name>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="1"/>
        <source>Have a voucher? Scan its barcode, or press Voucher to key it.</source>
        <translation>Have a voucher? Scan its barcode, or press Voucher to key it.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="16"/>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="16"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="23"/>
        <source>Amount to pay</source>
        <translation>Amount to pay</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="36"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="43"/>
        <source>Print a receipt</source>
        <translation>Print a receipt</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="50"/>
        <source>No receipt</source>
        <translation>No receipt</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="55"/>
        <source>Pay with</source>
        <translation>Pay with</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="64"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="72"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="80"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="88"/>
        <source>Back to my items</source>
        <translation>Back to my items</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="102"/>
        <source>Key the voucher&apos;s value</source>
        <translation>Key the voucher&apos;s value</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="102"/>
        <source>Key the voucher&apos;s number</source>
        <translation>Key the voucher&apos;s number</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="108"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="115"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="125"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="130"/>
        <source>Take your receipt and your bags.</source>
        <translation>Take your receipt and your bags.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="130"/>
        <source>Take your bags.</source>
        <translation>Take your bags.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="135"/>
        <source>Receipt number %1</source>
        <translation>Receipt number %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="142"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ScoProduceScreen</name>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="14"/>
        <source>Item without barcode</source>
        <translation>Item without barcode</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="23"/>
        <source>Weighed items: put them on the scale first, then touch the picture.</source>
        <translation>Weighed items: put them on the scale first, then touch the picture.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="30"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="45"/>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="45"/>
        <source>Search by first letters</source>
        <translation>Search by first letters</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="51"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="55"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="82"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="118"/>
        <source>weighed</source>
        <translation>weighed</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="118"/>
        <source>counted</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="150"/>
        <source>How many %1?</source>
        <translation>How many %1?</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="157"/>
        <source>One less</source>
        <translation>One less</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="159"/>
        <source>One more</source>
        <translation>One more</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="164"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="167"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>ScoShoppingScreen</name>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="13"/>
        <source>Shopping</source>
        <translation>Shopping</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="76"/>
        <source>Basket</source>
        <translation>Basket</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="94"/>
        <source>REMOVED</source>
        <translation>REMOVED</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="139"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="146"/>
        <source>You save %1</source>
        <translation>You save %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="151"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="159"/>
        <source>Item without barcode</source>
        <translation>Item without barcode</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="168"/>
        <source>Skip bagging (%1 left)</source>
        <translation>Skip bagging (%1 left)</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="176"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
</context>
<context>
    <name>SignOnScreen</name>
    <message>
        <location filename="../app/lane/SignOnScreen.qml" line="11"/>
        <location filename="../app/lane/SignOnScreen.qml" line="18"/>
        <location filename="../app/lane/SignOnScreen.qml" line="37"/>
        <source>Sign on</source>
        <translation>Sign on</translation>
    </message>
    <message>
        <location filename="../app/lane/SignOnScreen.qml" line="21"/>
        <source>Key your cashier number</source>
        <translation>Key your cashier number</translation>
    </message>
    <message>
        <location filename="../app/lane/SignOnScreen.qml" line="21"/>
        <source>Key the PIN for %1</source>
        <translation>Key the PIN for %1</translation>
    </message>
    <message>
        <location filename="../app/lane/SignOnScreen.qml" line="37"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../app/lane/SupervisorDialog.qml" line="23"/>
        <source>Supervisor approval</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <location filename="../app/lane/SupervisorDialog.qml" line="26"/>
        <source>Supervisor number</source>
        <translation>Supervisor number</translation>
    </message>
    <message>
        <location filename="../app/lane/SupervisorDialog.qml" line="26"/>
        <source>PIN of %1</source>
        <translation>PIN of %1</translation>
    </message>
    <message>
        <location filename="../app/lane/SupervisorDialog.qml" line="35"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/lane/SupervisorDialog.qml" line="43"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SuspendedDialog</name>
    <message>
        <location filename="../app/lane/SuspendedDialog.qml" line="20"/>
        <source>Suspended baskets</source>
        <translation>Suspended baskets</translation>
    </message>
    <message>
        <location filename="../app/lane/SuspendedDialog.qml" line="25"/>
        <source>No basket is suspended.</source>
        <translation>No basket is suspended.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lane/SuspendedDialog.qml" line="37"/>
        <source>%1 · %2 · %n line(s) · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n line(s) · %3</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lane/SuspendedDialog.qml" line="39"/>
        <source>Resume basket of %1 suspended at %2, total %3</source>
        <translation>Resume basket of %1 suspended at %2, total %3</translation>
    </message>
    <message>
        <location filename="../app/lane/SuspendedDialog.qml" line="44"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TenderScreen</name>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="14"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="25"/>
        <source>Change due</source>
        <translation>Change due</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="25"/>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="35"/>
        <source>Total %1 · Paid %2</source>
        <translation>Total %1 · Paid %2</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="51"/>
        <source>Drawer closed · next customer</source>
        <translation>Drawer closed · next customer</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="52"/>
        <source>Receipt view</source>
        <translation>Receipt view</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="53"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="57"/>
        <source>Back to basket</source>
        <translation>Back to basket</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="77"/>
        <source>Exact cash</source>
        <translation>Exact cash</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="108"/>
        <source>Cash (keyed amount)</source>
        <translation>Cash (keyed amount)</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="118"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="118"/>
        <source>Card (no terminal)</source>
        <translation>Card (no terminal)</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="126"/>
        <source>Check payments</source>
        <translation>Check payments</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="134"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="140"/>
        <source>Voucher number</source>
        <translation>Voucher number</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../app/lane/TotalsPanel.qml" line="12"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../app/lane/TotalsPanel.qml" line="54"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../app/lane/TotalsPanel.qml" line="55"/>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../app/lane/TotalsPanel.qml" line="56"/>
        <source>Tax included</source>
        <translation>Tax included</translation>
    </message>
    <message>
        <location filename="../app/lane/TotalsPanel.qml" line="57"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>lane::app::DeviceStatusModel</name>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="124"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="126"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="128"/>
        <source>Drawer</source>
        <translation>Drawer</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="130"/>
        <source>Card terminal</source>
        <translation>Card terminal</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="132"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="134"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="136"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="138"/>
        <source>Customer display</source>
        <translation>Customer display</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent</source>
        <translation type="vanished">
            <numerusform>%n event waiting to be sent</numerusform>
            <numerusform>%n events waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="147"/>
        <source>Off: selling goes on; call support</source>
        <translation>Off: selling goes on; call support</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="150"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="vanished">%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="vanished">%1 MB</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="158"/>
        <source>%1 kept on the lane</source>
        <translation>%1 kept on the lane</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lane/devicestatusmodel.cpp" line="162"/>
        <source>%1 not sent for %n min: selling goes on; check the network</source>
        <translation>
            <numerusform>%1 not sent for %n min: selling goes on; check the network</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="166"/>
        <source>%1 waiting to be sent</source>
        <translation>%1 waiting to be sent</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="169"/>
        <source>No head-office link configured</source>
        <translation>No head-office link configured</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="172"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="175"/>
        <source>Paper out: replace the roll</source>
        <translation>Paper out: replace the roll</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="177"/>
        <source>Paper low: have a roll ready</source>
        <translation>Paper low: have a roll ready</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="179"/>
        <source>Cover open: close the cover</source>
        <translation>Cover open: close the cover</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="181"/>
        <source>Not answering: check cable and power</source>
        <translation>Not answering: check cable and power</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="183"/>
        <source>Open: close the drawer</source>
        <translation>Open: close the drawer</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="185"/>
        <source>Weight moving: wait</source>
        <translation>Weight moving: wait</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="187"/>
        <source>Overload: take the item off</source>
        <translation>Overload: take the item off</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="189"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="191"/>
        <source>Offline: sales continue, cards may fail</source>
        <translation>Offline: sales continue, cards may fail</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="193"/>
        <location filename="../app/lane/devicestatusmodel.cpp" line="194"/>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="194"/>
        <source>Fault (%1): call support</source>
        <translation>Fault (%1): call support</translation>
    </message>
</context>
<context>
    <name>lane::app::ItemSearchViewModel</name>
    <message>
        <source>%1/kg</source>
        <translation type="vanished">%1/kg</translation>
    </message>
    <message>
        <location filename="../app/lane/itemsearchviewmodel.cpp" line="100"/>
        <source>The search failed (%1).</source>
        <translation>The search failed (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/itemsearchviewmodel.cpp" line="146"/>
        <location filename="../app/lane/itemsearchviewmodel.cpp" line="151"/>
        <source>The department cannot be read (%1).</source>
        <translation>The department cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>lane::app::ManagerViewModel</name>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="67"/>
        <location filename="../app/lane/managerviewmodel.cpp" line="72"/>
        <location filename="../app/lane/managerviewmodel.cpp" line="81"/>
        <source>Sign on first.</source>
        <translation>Sign on first.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="87"/>
        <source>Too many wrong PINs: this user is locked for a while.</source>
        <translation>Too many wrong PINs: this user is locked for a while.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="88"/>
        <source>Manager number or PIN not recognised.</source>
        <translation>Manager number or PIN not recognised.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="99"/>
        <location filename="../app/lane/managerviewmodel.cpp" line="128"/>
        <source>The manager screens need a manager. Key the manager&apos;s number and PIN.</source>
        <translation>The manager screens need a manager. Key the manager&apos;s number and PIN.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="132"/>
        <source>No store is open on this lane. Call support.</source>
        <translation>No store is open on this lane. Call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="137"/>
        <source>%1 may not do this.</source>
        <translation>%1 may not do this.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="240"/>
        <source>Shift opened with a float of %1.</source>
        <translation>Shift opened with a float of %1.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="253"/>
        <source>Key an amount above zero.</source>
        <translation>Key an amount above zero.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="258"/>
        <source>Unknown cash movement.</source>
        <translation>Unknown cash movement.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="270"/>
        <source>%1 recorded.</source>
        <translation>%1 recorded.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="316"/>
        <source>Shift closed; the variance was approved.</source>
        <translation>Shift closed; the variance was approved.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="316"/>
        <source>Shift closed.</source>
        <translation>Shift closed.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="325"/>
        <source>No receipt printer is connected.</source>
        <translation>No receipt printer is connected.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="331"/>
        <source>Printing failed: %1</source>
        <translation>Printing failed: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="350"/>
        <source>X report printed.</source>
        <translation>X report printed.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="373"/>
        <source>Z %1 done and printed. Business day %2 is closed.</source>
        <translation>Z %1 done and printed. Business day %2 is closed.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="387"/>
        <source>No Z to reprint.</source>
        <translation>No Z to reprint.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="393"/>
        <source>Z %1 printed again.</source>
        <translation>Z %1 printed again.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="411"/>
        <source>The business date %1 is not a date.</source>
        <translation>The business date %1 is not a date.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="423"/>
        <source>Business day %1 is open for sales.</source>
        <translation>Business day %1 is open for sales.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="454"/>
        <source>A shift is already open. Close it before opening another.</source>
        <translation>A shift is already open. Close it before opening another.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="457"/>
        <source>No shift is open.</source>
        <translation>No shift is open.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="460"/>
        <source>The count differs from what the drawer should hold by more than the tolerance. Count again, or approve the difference with a reason.</source>
        <translation>The count differs from what the drawer should hold by more than the tolerance. Count again, or approve the difference with a reason.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="464"/>
        <source>You closed this shift yourself: another manager must approve the difference.</source>
        <translation>You closed this shift yourself: another manager must approve the difference.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="467"/>
        <source>Choose a reason for the cash movement.</source>
        <translation>Choose a reason for the cash movement.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="470"/>
        <source>The count has a note or coin this currency does not have.</source>
        <translation>The count has a note or coin this currency does not have.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="473"/>
        <source>A sale is in progress on this lane: finish or void it before the Z.</source>
        <translation>A sale is in progress on this lane: finish or void it before the Z.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="476"/>
        <source>A card payment has no final result: resolve it with the terminal before the Z.</source>
        <translation>A card payment has no final result: resolve it with the terminal before the Z.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="479"/>
        <source>A cashier shift is still open: count the drawer and close it before the Z.</source>
        <translation>A cashier shift is still open: count the drawer and close it before the Z.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="482"/>
        <source>The business day is closed. Open the next day to sell again.</source>
        <translation>The business day is closed. Open the next day to sell again.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="485"/>
        <source>A business day is already open.</source>
        <translation>A business day is already open.</translation>
    </message>
</context>
<context>
    <name>lane::app::SaleViewModel</name>
    <message>
        <location filename="../app/lane/saletender.cpp" line="37"/>
        <source>No store is open: baskets cannot be suspended.</source>
        <translation>No store is open: baskets cannot be suspended.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="55"/>
        <source>Basket suspended. Resume it from Functions.</source>
        <translation>Basket suspended. Resume it from Functions.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="65"/>
        <source>Finish or suspend the current basket first.</source>
        <translation>Finish or suspend the current basket first.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="118"/>
        <source>Transaction voided.</source>
        <translation>Transaction voided.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="129"/>
        <location filename="../app/lane/saletender.cpp" line="134"/>
        <source>Receipt %1 not found.</source>
        <translation>Receipt %1 not found.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="155"/>
        <source>Nothing on receipt %1 can be returned.</source>
        <translation>Nothing on receipt %1 can be returned.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="167"/>
        <source>No cash drawer is connected.</source>
        <translation>No cash drawer is connected.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="183"/>
        <source>Drawer opened (no sale).</source>
        <translation>Drawer opened (no sale).</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="195"/>
        <source>Check the customer&apos;s age first.</source>
        <translation>Check the customer&apos;s age first.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="205"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="57"/>
        <location filename="../app/lane/saleviewmodel.cpp" line="514"/>
        <source>A card payment is already running on the terminal.</source>
        <translation>A card payment is already running on the terminal.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="61"/>
        <source>Go to payment first.</source>
        <translation>Go to payment first.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="67"/>
        <location filename="../app/lane/saletender.cpp" line="248"/>
        <source>%1 is not a valid amount.</source>
        <translation>%1 is not a valid amount.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="71"/>
        <source>A card pays at most the balance of %1.</source>
        <translation>A card pays at most the balance of %1.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="93"/>
        <source>Card payment of %1: follow the terminal.</source>
        <translation>Card payment of %1: follow the terminal.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="107"/>
        <source>Cancelling on the terminal: wait for its answer.</source>
        <translation>Cancelling on the terminal: wait for its answer.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="117"/>
        <source>Sent to the terminal.</source>
        <translation>Sent to the terminal.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="121"/>
        <source>Customer: insert, tap or swipe the card.</source>
        <translation>Customer: insert, tap or swipe the card.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="125"/>
        <source>Customer: enter the PIN on the terminal.</source>
        <translation>Customer: enter the PIN on the terminal.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="129"/>
        <source>Authorising with the bank: wait.</source>
        <translation>Authorising with the bank: wait.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="133"/>
        <source>Customer: remove the card.</source>
        <translation>Customer: remove the card.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="138"/>
        <source>Terminal working: wait.</source>
        <translation>Terminal working: wait.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="139"/>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="159"/>
        <source>Card %1 approved for %2. Balance %3.</source>
        <translation>Card %1 approved for %2. Balance %3.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="166"/>
        <source>Card declined, nothing was charged. Ask for another card or take cash.</source>
        <translation>Card declined, nothing was charged. Ask for another card or take cash.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="169"/>
        <source>Card payment of %1 cancelled, nothing was charged. Try again or take cash.</source>
        <translation>Card payment of %1 cancelled, nothing was charged. Try again or take cash.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="174"/>
        <source>The terminal did not take the payment of %1, nothing was charged. Check that it is on and connected, then try again.</source>
        <translation>The terminal did not take the payment of %1, nothing was charged. Check that it is on and connected, then try again.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="181"/>
        <source>The terminal did not confirm the card payment of %1 and cannot be asked now. Do not charge again and do not hand over the goods: check the terminal, then press Check payments.</source>
        <translation>The terminal did not confirm the card payment of %1 and cannot be asked now. Do not charge again and do not hand over the goods: check the terminal, then press Check payments.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="210"/>
        <source>Checking an interrupted card payment with the terminal.</source>
        <translation>Checking an interrupted card payment with the terminal.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="222"/>
        <source>The terminal had approved %1 (%2) before the interruption: it is kept as paid. Do not charge again.</source>
        <translation>The terminal had approved %1 (%2) before the interruption: it is kept as paid. Do not charge again.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="226"/>
        <source>The interrupted card payment of %1 was not charged. Take the payment again.</source>
        <translation>The interrupted card payment of %1 was not charged. Take the payment again.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="232"/>
        <source>The card payment of %1 cannot be checked: the terminal does not answer. Check the terminal, then press Check payments.</source>
        <translation>The card payment of %1 cannot be checked: the terminal does not answer. Check the terminal, then press Check payments.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="53"/>
        <source>No card terminal is connected. Take cash or a voucher.</source>
        <translation>No card terminal is connected. Take cash or a voucher.</translation>
    </message>
    <message>
        <source>Follow the instructions on the card terminal.</source>
        <translation type="vanished">Follow the instructions on the card terminal.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="282"/>
        <source>Enter the voucher value and its number.</source>
        <translation>Enter the voucher value and its number.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="302"/>
        <source>No store is open: the sale cannot be recorded. Call support.</source>
        <translation>No store is open: the sale cannot be recorded. Call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="309"/>
        <source>The sale could not be recorded (%1). Do not hand over goods; call support.</source>
        <translation>The sale could not be recorded (%1). Do not hand over goods; call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="343"/>
        <source>Sale recorded, but the receipt did not print (%1). Fix the printer, then Reprint.</source>
        <translation>Sale recorded, but the receipt did not print (%1). Fix the printer, then Reprint.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="349"/>
        <source>Sale complete. Receipt %1 printed, but the card slip did not (%2): the terminal can reprint it.</source>
        <translation>Sale complete. Receipt %1 printed, but the card slip did not (%2): the terminal can reprint it.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="355"/>
        <location filename="../app/lane/saletender.cpp" line="359"/>
        <source>Sale complete. Receipt %1.</source>
        <translation>Sale complete. Receipt %1.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="357"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="371"/>
        <source>There is no receipt to reprint yet.</source>
        <translation>There is no receipt to reprint yet.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="375"/>
        <source>No printer is connected.</source>
        <translation>No printer is connected.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="384"/>
        <source>Copy of receipt %1 printed.</source>
        <translation>Copy of receipt %1 printed.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="414"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="417"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="430"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>%1 · %2 lines</source>
        <translation type="vanished">%1 · %2 lines</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="68"/>
        <source>The sale that was open before the restart is back.</source>
        <translation>The sale that was open before the restart is back.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="83"/>
        <source>Sign on before selling.</source>
        <translation>Sign on before selling.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="88"/>
        <source>The item catalog is not available. Call support.</source>
        <translation>The item catalog is not available. Call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="92"/>
        <source>An interrupted card payment is not resolved yet. Press Check payments and sell on when the terminal has answered.</source>
        <translation>An interrupted card payment is not resolved yet. Press Check payments and sell on when the terminal has answered.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="106"/>
        <source>Finish the payment first.</source>
        <translation>Finish the payment first.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="147"/>
        <source>Barcode %1 cannot be read. Key the number or the PLU.</source>
        <translation>Barcode %1 cannot be read. Key the number or the PLU.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="152"/>
        <source>Barcode %1 is not an item.</source>
        <translation>Barcode %1 is not an item.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="157"/>
        <source>Unknown barcode %1. Key the PLU or put the item aside.</source>
        <translation>Unknown barcode %1. Key the PLU or put the item aside.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="165"/>
        <location filename="../app/lane/saleviewmodel.cpp" line="199"/>
        <source>Put %1 on the scale and wait until the weight is stable.</source>
        <translation>Put %1 on the scale and wait until the weight is stable.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="191"/>
        <source>PLU %1 is not in the catalog.</source>
        <translation>PLU %1 is not in the catalog.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="289"/>
        <source>%1 is not a valid price.</source>
        <translation>%1 is not a valid price.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="308"/>
        <source>A discount is between 1 and 100 percent.</source>
        <translation>A discount is between 1 and 100 percent.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="405"/>
        <source>No store is open: this basket is not saved.</source>
        <translation>No store is open: this basket is not saved.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="410"/>
        <source>The basket could not be saved (%1). Call support before going on.</source>
        <translation>The basket could not be saved (%1). Call support before going on.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="434"/>
        <source>Discount %1</source>
        <translation>Discount %1</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="443"/>
        <source>Price changed from %1</source>
        <translation>Price changed from %1</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="491"/>
        <source>This item is past its expiry date and cannot be sold.</source>
        <translation>This item is past its expiry date and cannot be sold.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="494"/>
        <source>The customer is too young for this item. It was removed.</source>
        <translation>The customer is too young for this item. It was removed.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="497"/>
        <source>Not possible at this step of the sale.</source>
        <translation>Not possible at this step of the sale.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="500"/>
        <source>This item cannot be sold here (%1).</source>
        <translation>This item cannot be sold here (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="503"/>
        <source>This payment was refused (%1).</source>
        <translation>This payment was refused (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="506"/>
        <source>The business day is closed (Z report done). A manager must open the next business day before anything is sold.</source>
        <translation>The business day is closed (Z report done). A manager must open the next business day before anything is sold.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="510"/>
        <source>An earlier card payment was interrupted. Press Check payments and wait for the terminal&apos;s answer.</source>
        <translation>An earlier card payment was interrupted. Press Check payments and wait for the terminal&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="517"/>
        <source>The card payment failed (%1). Ask for another card or cash.</source>
        <translation>The card payment failed (%1). Ask for another card or cash.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="519"/>
        <source>The action was refused (%1).</source>
        <translation>The action was refused (%1).</translation>
    </message>
</context>
<context>
    <name>lane::app::ScoViewModel</name>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="1"/>
        <source>Scan your voucher when you pay: press Pay first.</source>
        <translation>Scan your voucher when you pay: press Pay first.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="1"/>
        <source>This checkout does not take vouchers. Pay by card.</source>
        <translation>This checkout does not take vouchers. Pay by card.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="1"/>
        <source>The voucher was not read correctly (check digit). Scan it again, or ask an attendant.</source>
        <translation>The voucher was not read correctly (check digit). Scan it again, or ask an attendant.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="1"/>
        <source>This voucher has no value. Ask an attendant.</source>
        <translation>This voucher has no value. Ask an attendant.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="1"/>
        <source>This is not a complete voucher code (%1). Scan it again, or ask an attendant.</source>
        <translation>This is not a complete voucher code (%1). Scan it again, or ask an attendant.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>Choose why the price changes.</source>
        <translation>Choose why the price changes.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>%1 is not a valid price.</source>
        <translation>%1 is not a valid price.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>%1 may not change prices here.</source>
        <translation>%1 may not change prices here.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>Change the price of %1, asked by %2. Key your number and PIN, or scan your badge.</source>
        <translation>Change the price of %1, asked by %2. Key your number and PIN, or scan your badge.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>Nothing waits for approval.</source>
        <translation>Nothing waits for approval.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>This approval is for a price change only.</source>
        <translation>This approval is for a price change only.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>The badge&apos;s holder</source>
        <translation>The badge&apos;s holder</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="72"/>
        <location filename="../app/lane/scoviewmodel.cpp" line="27"/>
        <source>Self-checkout</source>
        <translation>Self-checkout</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="140"/>
        <source>Please wait. An attendant is coming to help you.</source>
        <translation>Please wait. An attendant is coming to help you.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="143"/>
        <source>Choose how you pay.</source>
        <translation>Choose how you pay.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="146"/>
        <source>Place the item in the bagging area.</source>
        <translation>Place the item in the bagging area.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="149"/>
        <source>Scan your first item, or look up an item without a barcode.</source>
        <translation>Scan your first item, or look up an item without a barcode.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="151"/>
        <source>Scan the next item, or press Pay.</source>
        <translation>Scan the next item, or press Pay.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="217"/>
        <source>You are paying now. Press Back to add more items.</source>
        <translation>You are paying now. Press Back to add more items.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="224"/>
        <source>Please wait for the attendant before scanning more items.</source>
        <translation>Please wait for the attendant before scanning more items.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="266"/>
        <source>%1 (%2+)</source>
        <translation>%1 (%2+)</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="307"/>
        <source>%1 g more than expected</source>
        <translation>%1 g more than expected</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="310"/>
        <source>%1 g left the bagging area</source>
        <translation>%1 g left the bagging area</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="344"/>
        <source>An attendant has been called.</source>
        <translation>An attendant has been called.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="353"/>
        <source>Skip bagging cannot be used again. Place the item in the bagging area.</source>
        <translation>Skip bagging cannot be used again. Place the item in the bagging area.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="354"/>
        <source>This item must be placed in the bagging area.</source>
        <translation>This item must be placed in the bagging area.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="370"/>
        <source>Please wait for the attendant.</source>
        <translation>Please wait for the attendant.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="374"/>
        <source>An attendant must approve an item before you pay.</source>
        <translation>An attendant must approve an item before you pay.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="378"/>
        <source>Place the last item in the bagging area first.</source>
        <translation>Place the last item in the bagging area first.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="439"/>
        <source>No answer for %1 s</source>
        <translation>No answer for %1 s</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="25"/>
        <location filename="../app/lane/scoattendant.cpp" line="35"/>
        <source>Attendant sign-on is not available. Call support.</source>
        <translation>Attendant sign-on is not available. Call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="51"/>
        <source>Sign-on refused. Check the number and PIN.</source>
        <translation>Sign-on refused. Check the number and PIN.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="52"/>
        <source>Too many wrong PINs. Sign-on is locked for a while.</source>
        <translation>Too many wrong PINs. Sign-on is locked for a while.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="81"/>
        <source>An attendant must sign on first.</source>
        <translation>An attendant must sign on first.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="86"/>
        <source>%1 may not do this. Ask a supervisor.</source>
        <translation>%1 may not do this. Ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="109"/>
        <source>The journal could not record this (%1). Call support.</source>
        <translation>The journal could not record this (%1). Call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="209"/>
        <source>Approve or refuse the age check.</source>
        <translation>Approve or refuse the age check.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="230"/>
        <source>Age check needed</source>
        <translation>Age check needed</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="233"/>
        <source>Unexpected item in the bagging area</source>
        <translation>Unexpected item in the bagging area</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="236"/>
        <source>Item removed from the bagging area</source>
        <translation>Item removed from the bagging area</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="239"/>
        <source>Item not bagged</source>
        <translation>Item not bagged</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="242"/>
        <source>Help requested</source>
        <translation>Help requested</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="245"/>
        <source>Shopper left</source>
        <translation>Shopper left</translation>
    </message>
    <message>
        <location filename="../app/lane/scoproduce.cpp" line="103"/>
        <source>%1 per kg</source>
        <translation>%1 per kg</translation>
    </message>
    <message>
        <location filename="../app/lane/scoproduce.cpp" line="103"/>
        <source>%1 each</source>
        <translation>%1 each</translation>
    </message>
    <message>
        <location filename="../app/lane/scoproduce.cpp" line="113"/>
        <source>Please wait for the attendant before adding more items.</source>
        <translation>Please wait for the attendant before adding more items.</translation>
    </message>
</context>
<context>
    <name>lane::app::SessionViewModel</name>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="42"/>
        <location filename="../app/lane/sessionviewmodel.cpp" line="128"/>
        <source>No user directory is configured on this lane. Call support.</source>
        <translation>No user directory is configured on this lane. Call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="36"/>
        <source>User or PIN not recognised. Try again.</source>
        <translation>User or PIN not recognised. Try again.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="26"/>
        <source>Too many wrong PINs: locked for now (%1).</source>
        <translation>Too many wrong PINs: locked for now (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="30"/>
        <source>This user is disabled. Ask a manager.</source>
        <translation>This user is disabled. Ask a manager.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="33"/>
        <source>The audit journal cannot be written, so nothing can be approved. Call support.</source>
        <translation>The audit journal cannot be written, so nothing can be approved. Call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="76"/>
        <source>Wrong PIN. The lane stays locked.</source>
        <translation>Wrong PIN. The lane stays locked.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="133"/>
        <source>This action needs no approval.</source>
        <translation>This action needs no approval.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="143"/>
        <source>A second person must approve this.</source>
        <translation>A second person must approve this.</translation>
    </message>
    <message>
        <source>Supervisor or PIN not recognised.</source>
        <translation type="vanished">Supervisor or PIN not recognised.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="141"/>
        <source>%1 may not approve this.</source>
        <translation>%1 may not approve this.</translation>
    </message>
</context>
</TS>
