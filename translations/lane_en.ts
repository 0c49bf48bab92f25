<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AgeCheckDialog</name>
    <message>
        <location filename="../app/lane/qml/AgeCheckDialog.qml" line="20" />
        <source>Age check</source>
        <translation>Age check</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/AgeCheckDialog.qml" line="22" />
        <source>%1 may only be sold to customers aged %2 or over. Key the date of birth from the ID (YYYYMMDD).</source>
        <translation>%1 may only be sold to customers aged %2 or over. Key the date of birth from the ID (YYYYMMDD).</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/AgeCheckDialog.qml" line="31" />
        <source>Check date of birth</source>
        <translation>Check date of birth</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/AgeCheckDialog.qml" line="37" />
        <source>Clearly over age</source>
        <translation>Clearly over age</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/AgeCheckDialog.qml" line="38" />
        <source>Refuse sale of item</source>
        <translation>Refuse sale of item</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../app/lane/qml/AmountDialog.qml" line="27" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/AmountDialog.qml" line="30" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BasketView</name>
    <message>
        <location filename="../app/lane/qml/BasketView.qml" line="12" />
        <source>Basket</source>
        <translation>Basket</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/BasketView.qml" line="43" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/BasketView.qml" line="52" />
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/BasketView.qml" line="82" />
        <source>Scan an item or key a PLU</source>
        <translation>Scan an item or key a PLU</translation>
    </message>
</context>
<context>
    <name>DeviceStatusBar</name>
    <message>
        <location filename="../app/lane/qml/DeviceStatusBar.qml" line="11" />
        <source>Device status</source>
        <translation>Device status</translation>
    </message>
</context>
<context>
    <name>FunctionPanel</name>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="33" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="35" />
        <source>New quantity</source>
        <translation>New quantity</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="39" />
        <source>Void line</source>
        <translation>Void line</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="41" />
        <source>Why is the line voided?</source>
        <translation>Why is the line voided?</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="42" />
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="42" />
        <source>Customer changed mind</source>
        <translation>Customer changed mind</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="42" />
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="47" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="49" />
        <source>Change the price of the selected line</source>
        <translation>Change the price of the selected line</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="50" />
        <source>New unit price</source>
        <translation>New unit price</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="54" />
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="56" />
        <source>Discount the selected line</source>
        <translation>Discount the selected line</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="57" />
        <source>Discount in percent</source>
        <translation>Discount in percent</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="61" />
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="66" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="72" />
        <source>Void sale</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="74" />
        <source>Void the whole sale</source>
        <translation>Void the whole sale</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="75" />
        <source>Why is the sale voided?</source>
        <translation>Why is the sale voided?</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="76" />
        <source>Customer left</source>
        <translation>Customer left</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="76" />
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="76" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="81" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="82" />
        <source>Return items of an earlier sale</source>
        <translation>Return items of an earlier sale</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="83" />
        <source>Receipt number (scan or key)</source>
        <translation>Receipt number (scan or key)</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="87" />
        <source>No sale</source>
        <translation>No sale</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="88" />
        <source>Open the drawer without a sale</source>
        <translation>Open the drawer without a sale</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="89" />
        <source>Why is the drawer opened?</source>
        <translation>Why is the drawer opened?</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="90" />
        <source>Change for a customer</source>
        <translation>Change for a customer</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="90" />
        <source>Cash pickup</source>
        <translation>Cash pickup</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="95" />
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="101" />
        <source>Receipt view</source>
        <translation>Receipt view</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="107" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../app/lane/qml/LockScreen.qml" line="10" />
        <location filename="../app/lane/qml/LockScreen.qml" line="19" />
        <source>Lane locked</source>
        <translation>Lane locked</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/LockScreen.qml" line="20" />
        <source>%1, key your PIN to go on.</source>
        <translation>%1, key your PIN to go on.</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/LockScreen.qml" line="27" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/LockScreen.qml" line="30" />
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/lane/qml/Main.qml" line="18" />
        <location filename="../app/lane/qml/Main.qml" line="29" />
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/Main.qml" line="31" />
        <source>Cashier: %1</source>
        <translation>Cashier: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/Main.qml" line="31" />
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/Main.qml" line="37" />
        <source>Switch language</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/Main.qml" line="46" />
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../app/lane/qml/NumericKeypad.qml" line="10" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/NumericKeypad.qml" line="14" />
        <source>Keypad</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/NumericKeypad.qml" line="56" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/NumericKeypad.qml" line="56" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../app/lane/qml/ReasonDialog.qml" line="28" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../app/lane/qml/ReceiptPreview.qml" line="11" />
        <source>Receipt preview</source>
        <translation>Receipt preview</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../app/lane/qml/SaleScreen.qml" line="17" />
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SaleScreen.qml" line="53" />
        <source>Next item × %1</source>
        <translation>Next item × %1</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SaleScreen.qml" line="61" />
        <source>Enter PLU / code</source>
        <translation>Enter PLU / code</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SaleScreen.qml" line="69" />
        <source>× Quantity</source>
        <translation>× Quantity</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SaleScreen.qml" line="76" />
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
</context>
<context>
    <name>SignOnScreen</name>
    <message>
        <location filename="../app/lane/qml/SignOnScreen.qml" line="11" />
        <location filename="../app/lane/qml/SignOnScreen.qml" line="18" />
        <location filename="../app/lane/qml/SignOnScreen.qml" line="37" />
        <source>Sign on</source>
        <translation>Sign on</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SignOnScreen.qml" line="21" />
        <source>Key your cashier number</source>
        <translation>Key your cashier number</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SignOnScreen.qml" line="21" />
        <source>Key the PIN for %1</source>
        <translation>Key the PIN for %1</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SignOnScreen.qml" line="37" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../app/lane/qml/SupervisorDialog.qml" line="23" />
        <source>Supervisor approval</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SupervisorDialog.qml" line="26" />
        <source>Supervisor number</source>
        <translation>Supervisor number</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SupervisorDialog.qml" line="26" />
        <source>PIN of %1</source>
        <translation>PIN of %1</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SupervisorDialog.qml" line="35" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SupervisorDialog.qml" line="43" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TenderScreen</name>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="14" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="25" />
        <source>Change due</source>
        <translation>Change due</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="25" />
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="35" />
        <source>Total %1 · Paid %2</source>
        <translation>Total %1 · Paid %2</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="50" />
        <source>Drawer closed · next customer</source>
        <translation>Drawer closed · next customer</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="51" />
        <source>Receipt view</source>
        <translation>Receipt view</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="52" />
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="56" />
        <source>Back to basket</source>
        <translation>Back to basket</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="70" />
        <source>Exact cash</source>
        <translation>Exact cash</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="101" />
        <source>Cash (keyed amount)</source>
        <translation>Cash (keyed amount)</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="109" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="116" />
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="122" />
        <source>Voucher number</source>
        <translation>Voucher number</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../app/lane/qml/TotalsPanel.qml" line="11" />
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TotalsPanel.qml" line="46" />
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TotalsPanel.qml" line="47" />
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TotalsPanel.qml" line="48" />
        <source>Tax included</source>
        <translation>Tax included</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TotalsPanel.qml" line="49" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>lane::app::DeviceStatusModel</name>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="122" />
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="124" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="126" />
        <source>Drawer</source>
        <translation>Drawer</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="128" />
        <source>Card terminal</source>
        <translation>Card terminal</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="130" />
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="132" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="134" />
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="136" />
        <source>Customer display</source>
        <translation>Customer display</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lane/devicestatusmodel.cpp" line="144" />
        <source>%n event(s) waiting to be sent</source>
        <translation>
            <numerusform>%n event waiting to be sent</numerusform><numerusform>%n events waiting to be sent</numerusform></translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="145" />
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="148" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="151" />
        <source>Paper out: replace the roll</source>
        <translation>Paper out: replace the roll</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="153" />
        <source>Paper low: have a roll ready</source>
        <translation>Paper low: have a roll ready</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="155" />
        <source>Cover open: close the cover</source>
        <translation>Cover open: close the cover</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="157" />
        <source>Not answering: check cable and power</source>
        <translation>Not answering: check cable and power</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="159" />
        <source>Open: close the drawer</source>
        <translation>Open: close the drawer</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="161" />
        <source>Weight moving: wait</source>
        <translation>Weight moving: wait</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="163" />
        <source>Overload: take the item off</source>
        <translation>Overload: take the item off</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="165" />
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="167" />
        <source>Offline: sales continue, cards may fail</source>
        <translation>Offline: sales continue, cards may fail</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="169" />
        <location filename="../app/lane/devicestatusmodel.cpp" line="170" />
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="170" />
        <source>Fault (%1): call support</source>
        <translation>Fault (%1): call support</translation>
    </message>
</context>
<context>
    <name>lane::app::SaleViewModel</name>
    <message>
        <location filename="../app/lane/saletender.cpp" line="35" />
        <source>No store is open: baskets cannot be suspended.</source>
        <translation>No store is open: baskets cannot be suspended.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="52" />
        <source>Basket suspended. Resume it from Functions.</source>
        <translation>Basket suspended. Resume it from Functions.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="62" />
        <source>Finish or suspend the current basket first.</source>
        <translation>Finish or suspend the current basket first.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="110" />
        <source>Transaction voided.</source>
        <translation>Transaction voided.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="121" />
        <location filename="../app/lane/saletender.cpp" line="126" />
        <source>Receipt %1 not found.</source>
        <translation>Receipt %1 not found.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="147" />
        <source>Nothing on receipt %1 can be returned.</source>
        <translation>Nothing on receipt %1 can be returned.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="159" />
        <source>No cash drawer is connected.</source>
        <translation>No cash drawer is connected.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="175" />
        <source>Drawer opened (no sale).</source>
        <translation>Drawer opened (no sale).</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="187" />
        <source>Check the customer's age first.</source>
        <translation>Check the customer's age first.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="197" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="240" />
        <location filename="../app/lane/saletender.cpp" line="279" />
        <source>%1 is not a valid amount.</source>
        <translation>%1 is not a valid amount.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="273" />
        <source>No card terminal is connected. Take cash or a voucher.</source>
        <translation>No card terminal is connected. Take cash or a voucher.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="282" />
        <source>Follow the instructions on the card terminal.</source>
        <translation>Follow the instructions on the card terminal.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="299" />
        <source>Enter the voucher value and its number.</source>
        <translation>Enter the voucher value and its number.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="319" />
        <source>No store is open: the sale cannot be recorded. Call support.</source>
        <translation>No store is open: the sale cannot be recorded. Call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="326" />
        <source>The sale could not be recorded (%1). Do not hand over goods; call support.</source>
        <translation>The sale could not be recorded (%1). Do not hand over goods; call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="357" />
        <source>Sale recorded, but the receipt did not print (%1). Fix the printer, then Reprint.</source>
        <translation>Sale recorded, but the receipt did not print (%1). Fix the printer, then Reprint.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="363" />
        <location filename="../app/lane/saletender.cpp" line="367" />
        <source>Sale complete. Receipt %1.</source>
        <translation>Sale complete. Receipt %1.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="365" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="378" />
        <source>There is no receipt to reprint yet.</source>
        <translation>There is no receipt to reprint yet.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="382" />
        <source>No printer is connected.</source>
        <translation>No printer is connected.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="390" />
        <source>Copy of receipt %1 printed.</source>
        <translation>Copy of receipt %1 printed.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="420" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="423" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="427" />
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="444" />
        <source>%1 · %2 lines</source>
        <translation>%1 · %2 lines</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="60" />
        <source>The sale that was open before the restart is back.</source>
        <translation>The sale that was open before the restart is back.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="74" />
        <source>Sign on before selling.</source>
        <translation>Sign on before selling.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="79" />
        <source>The item catalog is not available. Call support.</source>
        <translation>The item catalog is not available. Call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="92" />
        <source>Finish the payment first.</source>
        <translation>Finish the payment first.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="127" />
        <source>Barcode %1 cannot be read. Key the number or the PLU.</source>
        <translation>Barcode %1 cannot be read. Key the number or the PLU.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="132" />
        <source>Barcode %1 is not an item.</source>
        <translation>Barcode %1 is not an item.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="137" />
        <source>Unknown barcode %1. Key the PLU or put the item aside.</source>
        <translation>Unknown barcode %1. Key the PLU or put the item aside.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="144" />
        <location filename="../app/lane/saleviewmodel.cpp" line="178" />
        <source>Put %1 on the scale and wait until the weight is stable.</source>
        <translation>Put %1 on the scale and wait until the weight is stable.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="171" />
        <source>PLU %1 is not in the catalog.</source>
        <translation>PLU %1 is not in the catalog.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="269" />
        <source>%1 is not a valid price.</source>
        <translation>%1 is not a valid price.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="288" />
        <source>A discount is between 1 and 100 percent.</source>
        <translation>A discount is between 1 and 100 percent.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="385" />
        <source>No store is open: this basket is not saved.</source>
        <translation>No store is open: this basket is not saved.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="390" />
        <source>The basket could not be saved (%1). Call support before going on.</source>
        <translation>The basket could not be saved (%1). Call support before going on.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="414" />
        <source>Discount %1</source>
        <translation>Discount %1</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="422" />
        <source>Price changed from %1</source>
        <translation>Price changed from %1</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="470" />
        <source>This item is past its expiry date and cannot be sold.</source>
        <translation>This item is past its expiry date and cannot be sold.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="473" />
        <source>The customer is too young for this item. It was removed.</source>
        <translation>The customer is too young for this item. It was removed.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="476" />
        <source>Not possible at this step of the sale.</source>
        <translation>Not possible at this step of the sale.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="479" />
        <source>This item cannot be sold here (%1).</source>
        <translation>This item cannot be sold here (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="482" />
        <source>This payment was refused (%1).</source>
        <translation>This payment was refused (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="485" />
        <source>The card payment failed (%1). Ask for another card or cash.</source>
        <translation>The card payment failed (%1). Ask for another card or cash.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="487" />
        <source>The action was refused (%1).</source>
        <translation>The action was refused (%1).</translation>
    </message>
</context>
<context>
    <name>lane::app::SessionViewModel</name>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="24" />
        <location filename="../app/lane/sessionviewmodel.cpp" line="101" />
        <source>No user directory is configured on this lane. Call support.</source>
        <translation>No user directory is configured on this lane. Call support.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="29" />
        <source>User or PIN not recognised. Try again.</source>
        <translation>User or PIN not recognised. Try again.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="56" />
        <source>Wrong PIN. The lane stays locked.</source>
        <translation>Wrong PIN. The lane stays locked.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="106" />
        <source>Supervisor or PIN not recognised.</source>
        <translation>Supervisor or PIN not recognised.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="110" />
        <source>%1 may not approve this.</source>
        <translation>%1 may not approve this.</translation>
    </message>
</context>
</TS>