<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>AgeCheckDialog</name>
    <message>
        <location filename="../app/lane/qml/AgeCheckDialog.qml" line="20" />
        <source>Age check</source>
        <translation>연령 확인</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/AgeCheckDialog.qml" line="22" />
        <source>%1 may only be sold to customers aged %2 or over. Key the date of birth from the ID (YYYYMMDD).</source>
        <translation>%1은(는) 만 %2세 이상 고객에게만 판매할 수 있습니다. 신분증의 생년월일을 입력하세요 (YYYYMMDD).</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/AgeCheckDialog.qml" line="31" />
        <source>Check date of birth</source>
        <translation>생년월일 확인</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/AgeCheckDialog.qml" line="37" />
        <source>Clearly over age</source>
        <translation>확실히 성인임</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/AgeCheckDialog.qml" line="38" />
        <source>Refuse sale of item</source>
        <translation>판매 거절</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../app/lane/qml/AmountDialog.qml" line="27" />
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/AmountDialog.qml" line="30" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>BasketView</name>
    <message>
        <location filename="../app/lane/qml/BasketView.qml" line="12" />
        <source>Basket</source>
        <translation>장바구니</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/BasketView.qml" line="43" />
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/BasketView.qml" line="52" />
        <source>Voided</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/BasketView.qml" line="82" />
        <source>Scan an item or key a PLU</source>
        <translation>상품을 스캔하거나 PLU를 입력하세요</translation>
    </message>
</context>
<context>
    <name>DeviceStatusBar</name>
    <message>
        <location filename="../app/lane/qml/DeviceStatusBar.qml" line="11" />
        <source>Device status</source>
        <translation>장치 상태</translation>
    </message>
</context>
<context>
    <name>FunctionPanel</name>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="33" />
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="35" />
        <source>New quantity</source>
        <translation>새 수량</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="39" />
        <source>Void line</source>
        <translation>품목 취소</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="41" />
        <source>Why is the line voided?</source>
        <translation>품목을 취소하는 이유는 무엇입니까?</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="42" />
        <source>Wrong item</source>
        <translation>잘못된 상품</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="42" />
        <source>Customer changed mind</source>
        <translation>고객 변심</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="42" />
        <source>Damaged</source>
        <translation>파손</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="47" />
        <source>Price</source>
        <translation>가격 변경</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="49" />
        <source>Change the price of the selected line</source>
        <translation>선택한 품목의 가격 변경</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="50" />
        <source>New unit price</source>
        <translation>새 단가</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="54" />
        <source>Discount %</source>
        <translation>할인 %</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="56" />
        <source>Discount the selected line</source>
        <translation>선택한 품목 할인</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="57" />
        <source>Discount in percent</source>
        <translation>할인율 (%)</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="61" />
        <source>Suspend</source>
        <translation>거래 보류</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="66" />
        <source>Resume</source>
        <translation>보류 불러오기</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="72" />
        <source>Void sale</source>
        <translation>거래 취소</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="74" />
        <source>Void the whole sale</source>
        <translation>거래 전체 취소</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="75" />
        <source>Why is the sale voided?</source>
        <translation>거래를 취소하는 이유는 무엇입니까?</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="76" />
        <source>Customer left</source>
        <translation>고객 이탈</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="76" />
        <source>Payment failed</source>
        <translation>결제 실패</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="76" />
        <source>Training</source>
        <translation>교육용</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="81" />
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="82" />
        <source>Return items of an earlier sale</source>
        <translation>이전 판매 상품 반품</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="83" />
        <source>Receipt number (scan or key)</source>
        <translation>영수증 번호 (스캔 또는 입력)</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="87" />
        <source>No sale</source>
        <translation>노세일</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="88" />
        <source>Open the drawer without a sale</source>
        <translation>판매 없이 금전함 열기</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="89" />
        <source>Why is the drawer opened?</source>
        <translation>금전함을 여는 이유는 무엇입니까?</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="90" />
        <source>Change for a customer</source>
        <translation>고객 잔돈 교환</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="90" />
        <source>Cash pickup</source>
        <translation>현금 회수</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="95" />
        <source>Reprint</source>
        <translation>재출력</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="101" />
        <source>Receipt view</source>
        <translation>영수증 보기</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/FunctionPanel.qml" line="107" />
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../app/lane/qml/LockScreen.qml" line="10" />
        <location filename="../app/lane/qml/LockScreen.qml" line="19" />
        <source>Lane locked</source>
        <translation>계산대 잠김</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/LockScreen.qml" line="20" />
        <source>%1, key your PIN to go on.</source>
        <translation>%1 님, 계속하려면 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/LockScreen.qml" line="27" />
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/LockScreen.qml" line="30" />
        <source>Sign off</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/lane/qml/Main.qml" line="18" />
        <location filename="../app/lane/qml/Main.qml" line="29" />
        <source>Lane</source>
        <translation>Lane 계산대</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/Main.qml" line="31" />
        <source>Cashier: %1</source>
        <translation>계산원: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/Main.qml" line="31" />
        <source>Signed off</source>
        <translation>로그아웃됨</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/Main.qml" line="37" />
        <source>Switch language</source>
        <translation>언어 전환</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/Main.qml" line="46" />
        <source>Sign off</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../app/lane/qml/NumericKeypad.qml" line="10" />
        <source>Enter</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/NumericKeypad.qml" line="14" />
        <source>Keypad</source>
        <translation>숫자 키패드</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/NumericKeypad.qml" line="56" />
        <source>Delete</source>
        <translation>한 글자 지우기</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/NumericKeypad.qml" line="56" />
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../app/lane/qml/ReasonDialog.qml" line="28" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../app/lane/qml/ReceiptPreview.qml" line="11" />
        <source>Receipt preview</source>
        <translation>영수증 미리보기</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../app/lane/qml/SaleScreen.qml" line="17" />
        <source>Sale</source>
        <translation>판매</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SaleScreen.qml" line="53" />
        <source>Next item × %1</source>
        <translation>다음 상품 × %1</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SaleScreen.qml" line="61" />
        <source>Enter PLU / code</source>
        <translation>PLU / 코드 입력</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SaleScreen.qml" line="69" />
        <source>× Quantity</source>
        <translation>× 수량</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SaleScreen.qml" line="76" />
        <source>Pay</source>
        <translation>결제</translation>
    </message>
</context>
<context>
    <name>SignOnScreen</name>
    <message>
        <location filename="../app/lane/qml/SignOnScreen.qml" line="11" />
        <location filename="../app/lane/qml/SignOnScreen.qml" line="18" />
        <location filename="../app/lane/qml/SignOnScreen.qml" line="37" />
        <source>Sign on</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SignOnScreen.qml" line="21" />
        <source>Key your cashier number</source>
        <translation>계산원 번호를 입력하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SignOnScreen.qml" line="21" />
        <source>Key the PIN for %1</source>
        <translation>%1 의 PIN을 입력하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SignOnScreen.qml" line="37" />
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../app/lane/qml/SupervisorDialog.qml" line="23" />
        <source>Supervisor approval</source>
        <translation>관리자 승인</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SupervisorDialog.qml" line="26" />
        <source>Supervisor number</source>
        <translation>관리자 번호</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SupervisorDialog.qml" line="26" />
        <source>PIN of %1</source>
        <translation>%1 의 PIN</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SupervisorDialog.qml" line="35" />
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/SupervisorDialog.qml" line="43" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TenderScreen</name>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="14" />
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="25" />
        <source>Change due</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="25" />
        <source>Amount due</source>
        <translation>받을 금액</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="35" />
        <source>Total %1 · Paid %2</source>
        <translation>합계 %1 · 받은 금액 %2</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="50" />
        <source>Drawer closed · next customer</source>
        <translation>금전함 닫힘 · 다음 고객</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="51" />
        <source>Receipt view</source>
        <translation>영수증 보기</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="52" />
        <source>Reprint</source>
        <translation>재출력</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="56" />
        <source>Back to basket</source>
        <translation>장바구니로 돌아가기</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="70" />
        <source>Exact cash</source>
        <translation>현금 (받을 금액 그대로)</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="101" />
        <source>Cash (keyed amount)</source>
        <translation>현금 (입력 금액)</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="109" />
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="116" />
        <source>Voucher</source>
        <translation>상품권</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TenderScreen.qml" line="122" />
        <source>Voucher number</source>
        <translation>상품권 번호</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../app/lane/qml/TotalsPanel.qml" line="11" />
        <source>Totals</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TotalsPanel.qml" line="46" />
        <source>Subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TotalsPanel.qml" line="47" />
        <source>Savings</source>
        <translation>할인 합계</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TotalsPanel.qml" line="48" />
        <source>Tax included</source>
        <translation>부가세 포함</translation>
    </message>
    <message>
        <location filename="../app/lane/qml/TotalsPanel.qml" line="49" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>lane::app::DeviceStatusModel</name>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="122" />
        <source>Scanner</source>
        <translation>스캐너</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="124" />
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="126" />
        <source>Drawer</source>
        <translation>금전함</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="128" />
        <source>Card terminal</source>
        <translation>카드 단말기</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="130" />
        <source>Scale</source>
        <translation>저울</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="132" />
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="134" />
        <source>Monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="136" />
        <source>Customer display</source>
        <translation>고객 표시기</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lane/devicestatusmodel.cpp" line="144" />
        <source>%n event(s) waiting to be sent</source>
        <translation>
            <numerusform>전송 대기 중인 이벤트 %n건</numerusform></translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="145" />
        <source>Up to date</source>
        <translation>전송 완료</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="148" />
        <source>Ready</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="151" />
        <source>Paper out: replace the roll</source>
        <translation>용지 없음: 용지를 교체하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="153" />
        <source>Paper low: have a roll ready</source>
        <translation>용지 부족: 새 용지를 준비하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="155" />
        <source>Cover open: close the cover</source>
        <translation>덮개 열림: 덮개를 닫으세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="157" />
        <source>Not answering: check cable and power</source>
        <translation>응답 없음: 케이블과 전원을 확인하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="159" />
        <source>Open: close the drawer</source>
        <translation>열림: 금전함을 닫으세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="161" />
        <source>Weight moving: wait</source>
        <translation>무게 측정 중: 기다리세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="163" />
        <source>Overload: take the item off</source>
        <translation>과부하: 상품을 내려놓으세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="165" />
        <source>Busy</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="167" />
        <source>Offline: sales continue, cards may fail</source>
        <translation>오프라인: 판매는 계속되며 카드 결제는 실패할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="169" />
        <location filename="../app/lane/devicestatusmodel.cpp" line="170" />
        <source>Not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="170" />
        <source>Fault (%1): call support</source>
        <translation>오류 (%1): 지원팀에 연락하세요</translation>
    </message>
</context>
<context>
    <name>lane::app::SaleViewModel</name>
    <message>
        <location filename="../app/lane/saletender.cpp" line="35" />
        <source>No store is open: baskets cannot be suspended.</source>
        <translation>매장 데이터가 열리지 않아 거래를 보류할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="52" />
        <source>Basket suspended. Resume it from Functions.</source>
        <translation>거래를 보류했습니다. 기능 버튼에서 다시 불러오세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="62" />
        <source>Finish or suspend the current basket first.</source>
        <translation>먼저 현재 거래를 마치거나 보류하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="110" />
        <source>Transaction voided.</source>
        <translation>거래를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="121" />
        <location filename="../app/lane/saletender.cpp" line="126" />
        <source>Receipt %1 not found.</source>
        <translation>영수증 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="147" />
        <source>Nothing on receipt %1 can be returned.</source>
        <translation>영수증 %1에는 반품할 수 있는 품목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="159" />
        <source>No cash drawer is connected.</source>
        <translation>금전함이 연결되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="175" />
        <source>Drawer opened (no sale).</source>
        <translation>금전함을 열었습니다 (노세일).</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="187" />
        <source>Check the customer's age first.</source>
        <translation>먼저 고객의 연령을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="197" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="240" />
        <location filename="../app/lane/saletender.cpp" line="279" />
        <source>%1 is not a valid amount.</source>
        <translation>%1은(는) 올바른 금액이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="273" />
        <source>No card terminal is connected. Take cash or a voucher.</source>
        <translation>카드 단말기가 연결되지 않았습니다. 현금이나 상품권을 받으세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="282" />
        <source>Follow the instructions on the card terminal.</source>
        <translation>카드 단말기의 안내를 따르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="299" />
        <source>Enter the voucher value and its number.</source>
        <translation>상품권 금액과 번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="319" />
        <source>No store is open: the sale cannot be recorded. Call support.</source>
        <translation>매장 데이터가 열리지 않아 판매를 기록할 수 없습니다. 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="326" />
        <source>The sale could not be recorded (%1). Do not hand over goods; call support.</source>
        <translation>판매를 기록하지 못했습니다 (%1). 상품을 건네지 말고 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="357" />
        <source>Sale recorded, but the receipt did not print (%1). Fix the printer, then Reprint.</source>
        <translation>판매는 기록되었지만 영수증이 출력되지 않았습니다 (%1). 프린터를 고친 뒤 재출력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="363" />
        <location filename="../app/lane/saletender.cpp" line="367" />
        <source>Sale complete. Receipt %1.</source>
        <translation>판매 완료. 영수증 %1.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="365" />
        <source>Change</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="378" />
        <source>There is no receipt to reprint yet.</source>
        <translation>재출력할 영수증이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="382" />
        <source>No printer is connected.</source>
        <translation>프린터가 연결되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="390" />
        <source>Copy of receipt %1 printed.</source>
        <translation>영수증 %1 사본을 출력했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="420" />
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="423" />
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="427" />
        <source>Voucher</source>
        <translation>상품권</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="444" />
        <source>%1 · %2 lines</source>
        <translation>%1 · %2개 품목</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="60" />
        <source>The sale that was open before the restart is back.</source>
        <translation>재시작 전에 진행 중이던 거래를 복구했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="74" />
        <source>Sign on before selling.</source>
        <translation>판매하려면 먼저 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="79" />
        <source>The item catalog is not available. Call support.</source>
        <translation>상품 목록을 사용할 수 없습니다. 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="92" />
        <source>Finish the payment first.</source>
        <translation>먼저 결제를 마치세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="127" />
        <source>Barcode %1 cannot be read. Key the number or the PLU.</source>
        <translation>바코드 %1을(를) 읽을 수 없습니다. 번호나 PLU를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="132" />
        <source>Barcode %1 is not an item.</source>
        <translation>바코드 %1은(는) 상품이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="137" />
        <source>Unknown barcode %1. Key the PLU or put the item aside.</source>
        <translation>등록되지 않은 바코드 %1입니다. PLU를 입력하거나 상품을 따로 두세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="144" />
        <location filename="../app/lane/saleviewmodel.cpp" line="178" />
        <source>Put %1 on the scale and wait until the weight is stable.</source>
        <translation>%1을(를) 저울에 올리고 무게가 안정될 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="171" />
        <source>PLU %1 is not in the catalog.</source>
        <translation>PLU %1은(는) 상품 목록에 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="269" />
        <source>%1 is not a valid price.</source>
        <translation>%1은(는) 올바른 가격이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="288" />
        <source>A discount is between 1 and 100 percent.</source>
        <translation>할인율은 1~100% 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="385" />
        <source>No store is open: this basket is not saved.</source>
        <translation>매장 데이터가 열리지 않아 장바구니가 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="390" />
        <source>The basket could not be saved (%1). Call support before going on.</source>
        <translation>장바구니를 저장하지 못했습니다 (%1). 계속하기 전에 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="414" />
        <source>Discount %1</source>
        <translation>할인 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="422" />
        <source>Price changed from %1</source>
        <translation>원래 가격 %1에서 변경</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="470" />
        <source>This item is past its expiry date and cannot be sold.</source>
        <translation>유통기한이 지난 상품이라 판매할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="473" />
        <source>The customer is too young for this item. It was removed.</source>
        <translation>고객이 구매 가능 연령이 아니어서 상품을 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="476" />
        <source>Not possible at this step of the sale.</source>
        <translation>판매의 현재 단계에서는 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="479" />
        <source>This item cannot be sold here (%1).</source>
        <translation>이 상품은 판매할 수 없습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="482" />
        <source>This payment was refused (%1).</source>
        <translation>이 결제는 거절되었습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="485" />
        <source>The card payment failed (%1). Ask for another card or cash.</source>
        <translation>카드 결제에 실패했습니다 (%1). 다른 카드나 현금을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="487" />
        <source>The action was refused (%1).</source>
        <translation>처리할 수 없습니다 (%1).</translation>
    </message>
</context>
<context>
    <name>lane::app::SessionViewModel</name>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="24" />
        <location filename="../app/lane/sessionviewmodel.cpp" line="101" />
        <source>No user directory is configured on this lane. Call support.</source>
        <translation>이 계산대에 사용자 정보가 설정되지 않았습니다. 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="29" />
        <source>User or PIN not recognised. Try again.</source>
        <translation>사용자 번호 또는 PIN이 올바르지 않습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="56" />
        <source>Wrong PIN. The lane stays locked.</source>
        <translation>PIN이 올바르지 않습니다. 계산대가 잠긴 상태로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="106" />
        <source>Supervisor or PIN not recognised.</source>
        <translation>관리자 번호 또는 PIN이 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="110" />
        <source>%1 may not approve this.</source>
        <translation>%1 님은 이 작업을 승인할 권한이 없습니다.</translation>
    </message>
</context>
</TS>