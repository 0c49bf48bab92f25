<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>AgeCheckDialog</name>
    <message>
        <location filename="../app/lane/AgeCheckDialog.qml" line="20"/>
        <source>Age check</source>
        <translation>연령 확인</translation>
    </message>
    <message>
        <location filename="../app/lane/AgeCheckDialog.qml" line="22"/>
        <source>%1 may only be sold to customers aged %2 or over. Key the date of birth from the ID (YYYYMMDD).</source>
        <translation>%1은(는) 만 %2세 이상 고객에게만 판매할 수 있습니다. 신분증의 생년월일을 입력하세요 (YYYYMMDD).</translation>
    </message>
    <message>
        <location filename="../app/lane/AgeCheckDialog.qml" line="31"/>
        <source>Check date of birth</source>
        <translation>생년월일 확인</translation>
    </message>
    <message>
        <location filename="../app/lane/AgeCheckDialog.qml" line="37"/>
        <source>Clearly over age</source>
        <translation>확실히 성인임</translation>
    </message>
    <message>
        <location filename="../app/lane/AgeCheckDialog.qml" line="38"/>
        <source>Refuse sale of item</source>
        <translation>판매 거절</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../app/lane/AmountDialog.qml" line="27"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../app/lane/AmountDialog.qml" line="30"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>BasketView</name>
    <message>
        <location filename="../app/lane/BasketView.qml" line="11"/>
        <source>Basket</source>
        <translation>장바구니</translation>
    </message>
    <message>
        <location filename="../app/lane/BasketView.qml" line="44"/>
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <location filename="../app/lane/BasketView.qml" line="53"/>
        <source>Voided</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../app/lane/BasketView.qml" line="83"/>
        <source>Scan an item or key a PLU</source>
        <translation>상품을 스캔하거나 PLU를 입력하세요</translation>
    </message>
</context>
<context>
    <name>CardStatusPanel</name>
    <message>
        <location filename="../app/lane/CardStatusPanel.qml" line="16"/>
        <location filename="../app/lane/CardStatusPanel.qml" line="36"/>
        <source>Card terminal</source>
        <translation>카드 단말기</translation>
    </message>
    <message>
        <location filename="../app/lane/CardStatusPanel.qml" line="62"/>
        <source>Cancel on terminal</source>
        <translation>단말기에서 취소</translation>
    </message>
</context>
<context>
    <name>DeviceStatusBar</name>
    <message>
        <location filename="../app/lane/DeviceStatusBar.qml" line="11"/>
        <source>Device status</source>
        <translation>장치 상태</translation>
    </message>
</context>
<context>
    <name>FunctionPanel</name>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="34"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="36"/>
        <source>New quantity</source>
        <translation>새 수량</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="40"/>
        <source>Void line</source>
        <translation>품목 취소</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="42"/>
        <source>Why is the line voided?</source>
        <translation>품목을 취소하는 이유는 무엇입니까?</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="43"/>
        <source>Wrong item</source>
        <translation>잘못된 상품</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="43"/>
        <source>Customer changed mind</source>
        <translation>고객 변심</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="43"/>
        <source>Damaged</source>
        <translation>파손</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="48"/>
        <source>Price</source>
        <translation>가격 변경</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="50"/>
        <source>Change the price of the selected line</source>
        <translation>선택한 품목의 가격 변경</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="51"/>
        <source>New unit price</source>
        <translation>새 단가</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="55"/>
        <source>Discount %</source>
        <translation>할인 %</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="57"/>
        <source>Discount the selected line</source>
        <translation>선택한 품목 할인</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="58"/>
        <source>Discount in percent</source>
        <translation>할인율 (%)</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="62"/>
        <source>Suspend</source>
        <translation>거래 보류</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="67"/>
        <source>Resume</source>
        <translation>보류 불러오기</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="73"/>
        <source>Void sale</source>
        <translation>거래 취소</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="75"/>
        <source>Void the whole sale</source>
        <translation>거래 전체 취소</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="76"/>
        <source>Why is the sale voided?</source>
        <translation>거래를 취소하는 이유는 무엇입니까?</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="77"/>
        <source>Customer left</source>
        <translation>고객 이탈</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="77"/>
        <source>Payment failed</source>
        <translation>결제 실패</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="77"/>
        <source>Training</source>
        <translation>교육용</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="82"/>
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="83"/>
        <source>Return items of an earlier sale</source>
        <translation>이전 판매 상품 반품</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="84"/>
        <source>Receipt number (scan or key)</source>
        <translation>영수증 번호 (스캔 또는 입력)</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="88"/>
        <source>No sale</source>
        <translation>노세일</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="89"/>
        <source>Open the drawer without a sale</source>
        <translation>판매 없이 금전함 열기</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="90"/>
        <source>Why is the drawer opened?</source>
        <translation>금전함을 여는 이유는 무엇입니까?</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="91"/>
        <source>Change for a customer</source>
        <translation>고객 잔돈 교환</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="91"/>
        <source>Cash pickup</source>
        <translation>현금 회수</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="96"/>
        <source>Reprint</source>
        <translation>재출력</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="102"/>
        <source>Receipt view</source>
        <translation>영수증 보기</translation>
    </message>
    <message>
        <location filename="../app/lane/FunctionPanel.qml" line="108"/>
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
</context>
<context>
    <name>ItemSearchDialog</name>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="49"/>
        <source>Type a name, or pick a department</source>
        <translation>상품명을 입력하거나 분류를 고르세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="55"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lane/ItemSearchDialog.qml" line="82"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n개 상품</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="96"/>
        <source>Nothing found. Check the spelling or pick a department.</source>
        <translation>찾은 상품이 없습니다. 철자를 확인하거나 분류를 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="127"/>
        <source>Switch keyboard</source>
        <translation>자판 바꾸기</translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="132"/>
        <source>Space</source>
        <translation>띄어쓰기</translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="133"/>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../app/lane/ItemSearchDialog.qml" line="134"/>
        <source>Departments</source>
        <translation>분류</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../app/lane/LockScreen.qml" line="10"/>
        <location filename="../app/lane/LockScreen.qml" line="19"/>
        <source>Lane locked</source>
        <translation>계산대 잠김</translation>
    </message>
    <message>
        <location filename="../app/lane/LockScreen.qml" line="20"/>
        <source>%1, key your PIN to go on.</source>
        <translation>%1 님, 계속하려면 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/LockScreen.qml" line="27"/>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../app/lane/LockScreen.qml" line="30"/>
        <source>Sign off</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/lane/Main.qml" line="20"/>
        <location filename="../app/lane/Main.qml" line="31"/>
        <source>Lane</source>
        <translation>Lane 계산대</translation>
    </message>
    <message>
        <location filename="../app/lane/Main.qml" line="33"/>
        <source>Cashier: %1</source>
        <translation>계산원: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/Main.qml" line="33"/>
        <source>Signed off</source>
        <translation>로그아웃됨</translation>
    </message>
    <message>
        <location filename="../app/lane/Main.qml" line="39"/>
        <source>Switch language</source>
        <translation>언어 전환</translation>
    </message>
    <message>
        <location filename="../app/lane/Main.qml" line="48"/>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location filename="../app/lane/Main.qml" line="57"/>
        <source>Sign off</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>ManagerCashCount</name>
    <message>
        <location filename="../app/lane/ManagerCashCount.qml" line="14"/>
        <source>Cash count</source>
        <translation>현금 세기</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerCashCount.qml" line="58"/>
        <source>Counted</source>
        <translation>센 금액</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerCashCount.qml" line="66"/>
        <source>Set pieces</source>
        <translation>매수 입력</translation>
    </message>
</context>
<context>
    <name>ManagerClosePanel</name>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="16"/>
        <source>No sale in progress on this lane</source>
        <translation>이 계산대에 진행 중인 판매 없음</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="16"/>
        <source>A sale is in progress: finish or void it</source>
        <translation>진행 중인 판매가 있습니다: 완료하거나 취소하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="17"/>
        <source>Every card payment has a result</source>
        <translation>모든 카드 결제가 완료됨</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="17"/>
        <source>A card payment has no result: reconcile with the terminal</source>
        <translation>결과가 없는 카드 결제가 있습니다: 단말기와 대사하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="18"/>
        <source>Every cashier shift is closed</source>
        <translation>모든 계산원 근무가 마감됨</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="18"/>
        <source>A cashier shift is open: count the drawer and close it</source>
        <translation>열린 계산원 근무가 있습니다: 돈통을 세고 마감하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="19"/>
        <source>The business day is open</source>
        <translation>영업일이 열려 있음</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="19"/>
        <source>The business day is already closed</source>
        <translation>영업일이 이미 마감됨</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="20"/>
        <source>All events sent to head office</source>
        <translation>모든 이벤트를 본사로 전송함</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="21"/>
        <source>%1 KB of events not yet sent to head office (sent when the network is back; the Z may run)</source>
        <translation>본사로 아직 보내지 않은 이벤트 %1 KB (네트워크가 복구되면 전송됨, 마감은 가능)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="26"/>
        <source>Before the Z</source>
        <translation>마감(Z) 전 확인</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="55"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="55"/>
        <source>Blocks the Z</source>
        <translation>마감 불가</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="55"/>
        <source>Warning</source>
        <translation>주의</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="81"/>
        <source>Z %1 closed business day %2: net sales %3, %4 sales. Grand total %5.</source>
        <translation>Z %1로 영업일 %2을(를) 마감했습니다: 순매출 %3, 판매 %4건. 누계 %5.</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="94"/>
        <source>Run Z and close the day</source>
        <translation>Z 실행 및 영업 마감</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="102"/>
        <source>Show the Z figures</source>
        <translation>Z 내역 보기</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="109"/>
        <source>Print the Z again</source>
        <translation>Z 다시 출력</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="117"/>
        <source>Open the next business day</source>
        <translation>다음 영업일 개시</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="135"/>
        <source>Close business day %1? Sales stop until the next day is opened. The Z prints on the receipt printer.</source>
        <translation>영업일 %1을(를) 마감할까요? 다음 영업일을 열 때까지 판매가 중단됩니다. Z 보고서는 영수증 프린터로 출력됩니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="140"/>
        <source>Run Z</source>
        <translation>Z 실행</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerClosePanel.qml" line="145"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ManagerReportPanel</name>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="15"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="15"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="16"/>
        <source>Voucher</source>
        <translation>상품권</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="16"/>
        <source>Gift card</source>
        <translation>기프트카드</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="34"/>
        <source>No sales yet</source>
        <translation>아직 판매 없음</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="56"/>
        <source>Z report %1</source>
        <translation>Z 보고서 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="56"/>
        <source>X report (no reset)</source>
        <translation>X 보고서 (초기화 없음)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="57"/>
        <source>business day %1</source>
        <translation>영업일 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="60"/>
        <source>as of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="64"/>
        <source>Print X</source>
        <translation>X 출력</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="85"/>
        <source>Net sales</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="86"/>
        <source>Gross sales</source>
        <translation>총매출</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="87"/>
        <source>Discounts and promotions</source>
        <translation>할인 및 행사</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="88"/>
        <source>Tax</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="89"/>
        <source>Sales (%1)</source>
        <translation>판매 (%1건)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="90"/>
        <source>Returns (%1)</source>
        <translation>반품 (%1건)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="91"/>
        <source>Voided sales (%1)</source>
        <translation>거래 취소 (%1건)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="92"/>
        <source>Voided lines (%1)</source>
        <translation>품목 취소 (%1건)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="93"/>
        <source>Change given</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="94"/>
        <source>Customers</source>
        <translation>고객 수</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="95"/>
        <source>Average basket</source>
        <translation>객단가</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="96"/>
        <source>No-sale drawer openings</source>
        <translation>판매 없는 돈통 열기</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="97"/>
        <source>Price overrides</source>
        <translation>가격 변경</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="98"/>
        <source>Grand total (never reset)</source>
        <translation>누계 (초기화 안 됨)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="103"/>
        <source>Tenders</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="115"/>
        <source>Departments</source>
        <translation>부문</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="121"/>
        <source>Hours</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerReportPanel.qml" line="123"/>
        <source>%1:00</source>
        <translation>%1시</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="14"/>
        <source>Manager screens</source>
        <translation>점장 화면</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="26"/>
        <source>Manager sign-in</source>
        <translation>점장 로그인</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="35"/>
        <source>Manager number</source>
        <translation>점장 번호</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="35"/>
        <source>PIN of %1</source>
        <translation>%1의 PIN</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="42"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="54"/>
        <location filename="../app/lane/ManagerScreen.qml" line="103"/>
        <source>Back to sale</source>
        <translation>판매 화면으로</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="73"/>
        <source>Manager %1</source>
        <translation>점장 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="79"/>
        <source>Business day %1</source>
        <translation>영업일 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="79"/>
        <source>(closed)</source>
        <translation>(마감됨)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="85"/>
        <source>Shift and cash</source>
        <translation>근무 및 현금</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="86"/>
        <source>Today&apos;s figures (X)</source>
        <translation>오늘 실적 (X)</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerScreen.qml" line="87"/>
        <source>Close the day (Z)</source>
        <translation>영업 마감 (Z)</translation>
    </message>
</context>
<context>
    <name>ManagerShiftPanel</name>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="14"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="14"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="15"/>
        <source>Voucher</source>
        <translation>상품권</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="15"/>
        <source>Gift card</source>
        <translation>기프트카드</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="34"/>
        <source>Shift %1 open · cashier %2 · float %3</source>
        <translation>근무 %1 진행 중 · 계산원 %2 · 준비금 %3</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="35"/>
        <source>No shift open. Count the float, then open the shift.</source>
        <translation>열린 근무가 없습니다. 준비금을 센 후 근무를 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="40"/>
        <source>Blind count at close: count the drawer by note and coin.</source>
        <translation>마감 시재 확인: 돈통의 지폐와 동전을 세어 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="41"/>
        <source>Opening float by note and coin.</source>
        <translation>시작 준비금을 지폐와 동전별로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="64"/>
        <source>expected %1</source>
        <translation>예상 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="65"/>
        <source>counted %1</source>
        <translation>실사 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="67"/>
        <source>✓ no difference</source>
        <translation>✓ 차이 없음</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="67"/>
        <source>⚠ difference %1</source>
        <translation>⚠ 차이 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="82"/>
        <source>Open shift</source>
        <translation>근무 시작</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="90"/>
        <source>Close shift</source>
        <translation>근무 마감</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="98"/>
        <source>Approve difference</source>
        <translation>차이 승인</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="106"/>
        <source>Paid in</source>
        <translation>입금</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="109"/>
        <source>Paid-in amount</source>
        <translation>입금액</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="109"/>
        <source>Float top-up</source>
        <translation>준비금 보충</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="109"/>
        <source>Other income</source>
        <translation>기타 수입</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="114"/>
        <source>Paid out</source>
        <translation>출금</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="117"/>
        <source>Paid-out amount</source>
        <translation>출금액</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="117"/>
        <source>Supplier delivery</source>
        <translation>납품 대금</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="117"/>
        <source>Petty cash</source>
        <translation>소액 경비</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="122"/>
        <source>Pickup to safe</source>
        <translation>금고 입금</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="125"/>
        <source>Amount taken to the safe</source>
        <translation>금고로 옮기는 금액</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="125"/>
        <source>Safe drop</source>
        <translation>금고 입금</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="139"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="148"/>
        <source>Why does the count differ?</source>
        <translation>금액이 다른 이유는?</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="149"/>
        <source>Change given wrongly</source>
        <translation>거스름돈 착오</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="149"/>
        <source>Paid-out not recorded</source>
        <translation>출금 미기록</translation>
    </message>
    <message>
        <location filename="../app/lane/ManagerShiftPanel.qml" line="149"/>
        <source>Not explained</source>
        <translation>원인 불명</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../app/lane/MessageBanner.qml" line="18"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../app/lane/MessageBanner.qml" line="18"/>
        <source>Note</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../app/lane/MessageBanner.qml" line="56"/>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../app/lane/NumericKeypad.qml" line="10"/>
        <source>Enter</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../app/lane/NumericKeypad.qml" line="14"/>
        <source>Keypad</source>
        <translation>숫자 키패드</translation>
    </message>
    <message>
        <location filename="../app/lane/NumericKeypad.qml" line="56"/>
        <source>Delete</source>
        <translation>한 글자 지우기</translation>
    </message>
    <message>
        <location filename="../app/lane/NumericKeypad.qml" line="56"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../app/lane/ReasonDialog.qml" line="28"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../app/lane/ReceiptPreview.qml" line="11"/>
        <source>Receipt preview</source>
        <translation>영수증 미리보기</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="17"/>
        <source>Sale</source>
        <translation>판매</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="67"/>
        <source>Next item × %1</source>
        <translation>다음 상품 × %1</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="59"/>
        <source>Enter PLU / code</source>
        <translation>PLU / 코드 입력</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="67"/>
        <source>× Quantity</source>
        <translation>× 수량</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="74"/>
        <source>Search</source>
        <translation>상품 검색</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="75"/>
        <source>Search items by name or department</source>
        <translation>상품명이나 분류로 상품 검색</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="84"/>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../app/lane/SaleScreen.qml" line="98"/>
        <source>Check payments</source>
        <translation>결제 확인</translation>
    </message>
</context>
<context>
    <name>ScoAttendantPanel</name>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="1"/>
        <source>Why does the price change?</source>
        <translation>가격을 바꾸는 이유는 무엇인가요?</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="1"/>
        <source>Shelf price is lower</source>
        <translation>진열대 가격이 더 낮음</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="1"/>
        <source>Damaged item</source>
        <translation>파손된 상품</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="1"/>
        <source>Promotion not applied</source>
        <translation>행사가 적용되지 않음</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="25"/>
        <source>Attendant: %1</source>
        <translation>직원: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="29"/>
        <source>Interventions in this transaction: %1</source>
        <translation>이 거래의 개입 횟수: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="53"/>
        <source>Approve age</source>
        <translation>연령 승인</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="60"/>
        <source>Refuse</source>
        <translation>거절</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="67"/>
        <source>Clear</source>
        <translation>해제</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="75"/>
        <source>No open interventions.</source>
        <translation>처리할 개입이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="78"/>
        <source>Basket: touch a line</source>
        <translation>장바구니: 줄을 선택하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="95"/>
        <source>REMOVED</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="112"/>
        <source>Remove line</source>
        <translation>줄 취소</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="118"/>
        <source>Change price</source>
        <translation>가격 변경</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="125"/>
        <source>Set price</source>
        <translation>가격 설정</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="131"/>
        <source>Cancel transaction</source>
        <translation>거래 취소</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttendantPanel.qml" line="137"/>
        <source>Back to shopper</source>
        <translation>고객 화면으로</translation>
    </message>
</context>
<context>
    <name>ScoAttractScreen</name>
    <message>
        <location filename="../app/lane/ScoAttractScreen.qml" line="13"/>
        <location filename="../app/lane/ScoAttractScreen.qml" line="20"/>
        <source>Welcome</source>
        <translation>어서 오세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttractScreen.qml" line="25"/>
        <source>Scan your first item or touch Start.</source>
        <translation>첫 상품을 스캔하거나 시작을 누르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttractScreen.qml" line="33"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoAttractScreen.qml" line="68"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
</context>
<context>
    <name>ScoMain</name>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="17"/>
        <location filename="../app/lane/ScoMain.qml" line="48"/>
        <source>Self-checkout</source>
        <translation>셀프 계산대</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="55"/>
        <source>Normal text</source>
        <translation>보통 글자</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="55"/>
        <source>Large text</source>
        <translation>큰 글자</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="61"/>
        <source>Normal colours</source>
        <translation>보통 색상</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="61"/>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="69"/>
        <source>Switch language</source>
        <translation>언어 바꾸기</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="75"/>
        <source>Help is coming</source>
        <translation>직원이 오고 있습니다</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="75"/>
        <source>Help</source>
        <translation>도움 요청</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="111"/>
        <source>ID check: %1. An attendant will approve it; you can keep scanning.</source>
        <translation>신분증 확인: %1. 직원이 승인할 때까지 계속 스캔할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoMain.qml" line="116"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
</context>
<context>
    <name>ScoOverlay</name>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="37"/>
        <source>Please wait</source>
        <translation>잠시 기다려 주세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="53"/>
        <source>Remove the last item you put in the bagging area, or wait for the attendant.</source>
        <translation>포장대에 마지막으로 올린 물건을 내리거나, 직원을 기다려 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="54"/>
        <source>Put the item back in the bagging area, or wait for the attendant.</source>
        <translation>상품을 포장대에 다시 올리거나, 직원을 기다려 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="55"/>
        <source>Place the item in the bagging area.</source>
        <translation>상품을 포장대에 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="56"/>
        <source>An attendant is coming to help you.</source>
        <translation>직원이 도와드리러 갑니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="63"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="82"/>
        <source>Are you still there?</source>
        <translation>계속 이용하시나요?</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="87"/>
        <source>Your items will be cancelled in %1 seconds.</source>
        <translation>%1초 후에 담은 상품이 취소됩니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="96"/>
        <source>Cancel my items</source>
        <translation>담은 상품 취소</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="102"/>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="122"/>
        <source>Staff: key your number or scan your badge</source>
        <translation>직원: 사번을 입력하거나 사원증을 스캔하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="122"/>
        <source>Key the PIN for %1</source>
        <translation>%1의 PIN을 입력하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="130"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="130"/>
        <source>Sign on</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoOverlay.qml" line="140"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ScoPaymentScreen</name>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="1"/>
        <source>Have a voucher? Scan its barcode, or press Voucher to key it.</source>
        <translation>상품권이 있으신가요? 바코드를 스캔하거나 상품권을 눌러 번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="16"/>
        <source>Thank you</source>
        <translation>감사합니다</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="16"/>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="23"/>
        <source>Amount to pay</source>
        <translation>결제할 금액</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="36"/>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="43"/>
        <source>Print a receipt</source>
        <translation>영수증 출력</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="50"/>
        <source>No receipt</source>
        <translation>영수증 없음</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="55"/>
        <source>Pay with</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="64"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="72"/>
        <source>Voucher</source>
        <translation>상품권</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="80"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="88"/>
        <source>Back to my items</source>
        <translation>상품 목록으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="102"/>
        <source>Key the voucher&apos;s value</source>
        <translation>상품권 금액을 입력하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="102"/>
        <source>Key the voucher&apos;s number</source>
        <translation>상품권 번호를 입력하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="108"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="115"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="125"/>
        <source>Thank you!</source>
        <translation>감사합니다!</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="130"/>
        <source>Take your receipt and your bags.</source>
        <translation>영수증과 장바구니를 챙겨 가세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="130"/>
        <source>Take your bags.</source>
        <translation>장바구니를 챙겨 가세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="135"/>
        <source>Receipt number %1</source>
        <translation>영수증 번호 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoPaymentScreen.qml" line="142"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>ScoProduceScreen</name>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="14"/>
        <source>Item without barcode</source>
        <translation>바코드 없는 상품</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="23"/>
        <source>Weighed items: put them on the scale first, then touch the picture.</source>
        <translation>무게 상품: 먼저 저울에 올린 다음 그림을 누르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="30"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="45"/>
        <source>Search: %1</source>
        <translation>검색: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="45"/>
        <source>Search by first letters</source>
        <translation>첫 글자(초성)로 검색</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="51"/>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="55"/>
        <source>Clear</source>
        <translation>해제</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="82"/>
        <source>Items</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="118"/>
        <source>weighed</source>
        <translation>무게 판매</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="118"/>
        <source>counted</source>
        <translation>개수 판매</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="150"/>
        <source>How many %1?</source>
        <translation>%1 몇 개입니까?</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="157"/>
        <source>One less</source>
        <translation>하나 빼기</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="159"/>
        <source>One more</source>
        <translation>하나 더</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="164"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoProduceScreen.qml" line="167"/>
        <source>Add</source>
        <translation>담기</translation>
    </message>
</context>
<context>
    <name>ScoShoppingScreen</name>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="13"/>
        <source>Shopping</source>
        <translation>쇼핑</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="76"/>
        <source>Basket</source>
        <translation>장바구니</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="94"/>
        <source>REMOVED</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="139"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="146"/>
        <source>You save %1</source>
        <translation>%1 절약</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="151"/>
        <source>Items: %1</source>
        <translation>상품 %1개</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="159"/>
        <source>Item without barcode</source>
        <translation>바코드 없는 상품</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="168"/>
        <source>Skip bagging (%1 left)</source>
        <translation>포장 건너뛰기 (%1회 남음)</translation>
    </message>
    <message>
        <location filename="../app/lane/ScoShoppingScreen.qml" line="176"/>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
</context>
<context>
    <name>SignOnScreen</name>
    <message>
        <location filename="../app/lane/SignOnScreen.qml" line="11"/>
        <location filename="../app/lane/SignOnScreen.qml" line="18"/>
        <location filename="../app/lane/SignOnScreen.qml" line="37"/>
        <source>Sign on</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../app/lane/SignOnScreen.qml" line="21"/>
        <source>Key your cashier number</source>
        <translation>계산원 번호를 입력하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/SignOnScreen.qml" line="21"/>
        <source>Key the PIN for %1</source>
        <translation>%1 의 PIN을 입력하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/SignOnScreen.qml" line="37"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../app/lane/SupervisorDialog.qml" line="23"/>
        <source>Supervisor approval</source>
        <translation>관리자 승인</translation>
    </message>
    <message>
        <location filename="../app/lane/SupervisorDialog.qml" line="26"/>
        <source>Supervisor number</source>
        <translation>관리자 번호</translation>
    </message>
    <message>
        <location filename="../app/lane/SupervisorDialog.qml" line="26"/>
        <source>PIN of %1</source>
        <translation>%1 의 PIN</translation>
    </message>
    <message>
        <location filename="../app/lane/SupervisorDialog.qml" line="35"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../app/lane/SupervisorDialog.qml" line="43"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SuspendedDialog</name>
    <message>
        <location filename="../app/lane/SuspendedDialog.qml" line="20"/>
        <source>Suspended baskets</source>
        <translation>보류 중인 장바구니</translation>
    </message>
    <message>
        <location filename="../app/lane/SuspendedDialog.qml" line="25"/>
        <source>No basket is suspended.</source>
        <translation>보류 중인 장바구니가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lane/SuspendedDialog.qml" line="37"/>
        <source>%1 · %2 · %n line(s) · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n개 품목 · %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lane/SuspendedDialog.qml" line="39"/>
        <source>Resume basket of %1 suspended at %2, total %3</source>
        <translation>%2에 보류한 %1님의 장바구니 불러오기, 합계 %3</translation>
    </message>
    <message>
        <location filename="../app/lane/SuspendedDialog.qml" line="44"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TenderScreen</name>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="14"/>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="25"/>
        <source>Change due</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="25"/>
        <source>Amount due</source>
        <translation>받을 금액</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="35"/>
        <source>Total %1 · Paid %2</source>
        <translation>합계 %1 · 받은 금액 %2</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="51"/>
        <source>Drawer closed · next customer</source>
        <translation>금전함 닫힘 · 다음 고객</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="52"/>
        <source>Receipt view</source>
        <translation>영수증 보기</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="53"/>
        <source>Reprint</source>
        <translation>재출력</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="57"/>
        <source>Back to basket</source>
        <translation>장바구니로 돌아가기</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="77"/>
        <source>Exact cash</source>
        <translation>현금 (받을 금액 그대로)</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="108"/>
        <source>Cash (keyed amount)</source>
        <translation>현금 (입력 금액)</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="118"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="118"/>
        <source>Card (no terminal)</source>
        <translation>카드 (단말기 없음)</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="126"/>
        <source>Check payments</source>
        <translation>결제 확인</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="134"/>
        <source>Voucher</source>
        <translation>상품권</translation>
    </message>
    <message>
        <location filename="../app/lane/TenderScreen.qml" line="140"/>
        <source>Voucher number</source>
        <translation>상품권 번호</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../app/lane/TotalsPanel.qml" line="12"/>
        <source>Totals</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../app/lane/TotalsPanel.qml" line="54"/>
        <source>Subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <location filename="../app/lane/TotalsPanel.qml" line="55"/>
        <source>Savings</source>
        <translation>할인 합계</translation>
    </message>
    <message>
        <location filename="../app/lane/TotalsPanel.qml" line="56"/>
        <source>Tax included</source>
        <translation>부가세 포함</translation>
    </message>
    <message>
        <location filename="../app/lane/TotalsPanel.qml" line="57"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>lane::app::DeviceStatusModel</name>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="124"/>
        <source>Scanner</source>
        <translation>스캐너</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="126"/>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="128"/>
        <source>Drawer</source>
        <translation>금전함</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="130"/>
        <source>Card terminal</source>
        <translation>카드 단말기</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="132"/>
        <source>Scale</source>
        <translation>저울</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="134"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="136"/>
        <source>Monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="138"/>
        <source>Customer display</source>
        <translation>고객 표시기</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent</source>
        <translation type="vanished">
            <numerusform>전송 대기 중인 이벤트 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="147"/>
        <source>Off: selling goes on; call support</source>
        <translation>꺼짐: 판매는 계속됩니다. 지원팀에 연락하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="150"/>
        <source>Up to date</source>
        <translation>전송 완료</translation>
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
        <translation>%1 계산대에 보관 중</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lane/devicestatusmodel.cpp" line="162"/>
        <source>%1 not sent for %n min: selling goes on; check the network</source>
        <translation>
            <numerusform>%1 %n분째 전송 안 됨: 판매는 계속됩니다. 네트워크를 확인하세요</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="166"/>
        <source>%1 waiting to be sent</source>
        <translation>%1 전송 대기 중</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="169"/>
        <source>No head-office link configured</source>
        <translation>본사 연결이 설정되지 않음</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="172"/>
        <source>Ready</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="175"/>
        <source>Paper out: replace the roll</source>
        <translation>용지 없음: 용지를 교체하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="177"/>
        <source>Paper low: have a roll ready</source>
        <translation>용지 부족: 새 용지를 준비하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="179"/>
        <source>Cover open: close the cover</source>
        <translation>덮개 열림: 덮개를 닫으세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="181"/>
        <source>Not answering: check cable and power</source>
        <translation>응답 없음: 케이블과 전원을 확인하세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="183"/>
        <source>Open: close the drawer</source>
        <translation>열림: 금전함을 닫으세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="185"/>
        <source>Weight moving: wait</source>
        <translation>무게 측정 중: 기다리세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="187"/>
        <source>Overload: take the item off</source>
        <translation>과부하: 상품을 내려놓으세요</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="189"/>
        <source>Busy</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="191"/>
        <source>Offline: sales continue, cards may fail</source>
        <translation>오프라인: 판매는 계속되며 카드 결제는 실패할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="193"/>
        <location filename="../app/lane/devicestatusmodel.cpp" line="194"/>
        <source>Not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <location filename="../app/lane/devicestatusmodel.cpp" line="194"/>
        <source>Fault (%1): call support</source>
        <translation>오류 (%1): 지원팀에 연락하세요</translation>
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
        <translation>검색하지 못했습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/itemsearchviewmodel.cpp" line="146"/>
        <location filename="../app/lane/itemsearchviewmodel.cpp" line="151"/>
        <source>The department cannot be read (%1).</source>
        <translation>분류를 읽지 못했습니다 (%1).</translation>
    </message>
</context>
<context>
    <name>lane::app::ManagerViewModel</name>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="67"/>
        <location filename="../app/lane/managerviewmodel.cpp" line="72"/>
        <location filename="../app/lane/managerviewmodel.cpp" line="81"/>
        <source>Sign on first.</source>
        <translation>먼저 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="87"/>
        <source>Too many wrong PINs: this user is locked for a while.</source>
        <translation>PIN 오류가 너무 많아 이 사용자는 잠시 잠겼습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="88"/>
        <source>Manager number or PIN not recognised.</source>
        <translation>점장 번호 또는 PIN이 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="99"/>
        <location filename="../app/lane/managerviewmodel.cpp" line="128"/>
        <source>The manager screens need a manager. Key the manager&apos;s number and PIN.</source>
        <translation>점장 화면은 점장만 쓸 수 있습니다. 점장 번호와 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="132"/>
        <source>No store is open on this lane. Call support.</source>
        <translation>이 계산대에 열린 매장 데이터가 없습니다. 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="137"/>
        <source>%1 may not do this.</source>
        <translation>%1은(는) 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="240"/>
        <source>Shift opened with a float of %1.</source>
        <translation>준비금 %1으로 근무를 시작했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="253"/>
        <source>Key an amount above zero.</source>
        <translation>0보다 큰 금액을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="258"/>
        <source>Unknown cash movement.</source>
        <translation>알 수 없는 현금 입출금입니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="270"/>
        <source>%1 recorded.</source>
        <translation>%1 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="316"/>
        <source>Shift closed; the variance was approved.</source>
        <translation>근무를 마감했습니다. 차이가 승인되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="316"/>
        <source>Shift closed.</source>
        <translation>근무를 마감했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="325"/>
        <source>No receipt printer is connected.</source>
        <translation>영수증 프린터가 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="331"/>
        <source>Printing failed: %1</source>
        <translation>출력 실패: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="350"/>
        <source>X report printed.</source>
        <translation>X 보고서를 출력했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="373"/>
        <source>Z %1 done and printed. Business day %2 is closed.</source>
        <translation>Z %1 완료 및 출력. 영업일 %2이(가) 마감되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="387"/>
        <source>No Z to reprint.</source>
        <translation>다시 출력할 Z가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="393"/>
        <source>Z %1 printed again.</source>
        <translation>Z %1을(를) 다시 출력했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="411"/>
        <source>The business date %1 is not a date.</source>
        <translation>영업일 %1은(는) 올바른 날짜가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="423"/>
        <source>Business day %1 is open for sales.</source>
        <translation>영업일 %1 판매를 시작했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="454"/>
        <source>A shift is already open. Close it before opening another.</source>
        <translation>이미 열린 근무가 있습니다. 마감한 후 새로 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="457"/>
        <source>No shift is open.</source>
        <translation>열린 근무가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="460"/>
        <source>The count differs from what the drawer should hold by more than the tolerance. Count again, or approve the difference with a reason.</source>
        <translation>센 금액이 허용 범위를 넘게 예상 금액과 다릅니다. 다시 세거나 사유를 골라 차이를 승인하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="464"/>
        <source>You closed this shift yourself: another manager must approve the difference.</source>
        <translation>본인이 마감한 근무입니다: 다른 점장이 차이를 승인해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="467"/>
        <source>Choose a reason for the cash movement.</source>
        <translation>입출금 사유를 고르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="470"/>
        <source>The count has a note or coin this currency does not have.</source>
        <translation>이 통화에 없는 지폐나 동전이 입력되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="473"/>
        <source>A sale is in progress on this lane: finish or void it before the Z.</source>
        <translation>이 계산대에 진행 중인 판매가 있습니다: Z 전에 완료하거나 취소하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="476"/>
        <source>A card payment has no final result: resolve it with the terminal before the Z.</source>
        <translation>결과가 없는 카드 결제가 있습니다: Z 전에 단말기에서 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="479"/>
        <source>A cashier shift is still open: count the drawer and close it before the Z.</source>
        <translation>계산원 근무가 아직 열려 있습니다: Z 전에 돈통을 세고 마감하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="482"/>
        <source>The business day is closed. Open the next day to sell again.</source>
        <translation>영업일이 마감되었습니다. 다시 판매하려면 다음 영업일을 여세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/managerviewmodel.cpp" line="485"/>
        <source>A business day is already open.</source>
        <translation>영업일이 이미 열려 있습니다.</translation>
    </message>
</context>
<context>
    <name>lane::app::SaleViewModel</name>
    <message>
        <location filename="../app/lane/saletender.cpp" line="37"/>
        <source>No store is open: baskets cannot be suspended.</source>
        <translation>매장 데이터가 열리지 않아 거래를 보류할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="55"/>
        <source>Basket suspended. Resume it from Functions.</source>
        <translation>거래를 보류했습니다. 기능 버튼에서 다시 불러오세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="65"/>
        <source>Finish or suspend the current basket first.</source>
        <translation>먼저 현재 거래를 마치거나 보류하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="118"/>
        <source>Transaction voided.</source>
        <translation>거래를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="129"/>
        <location filename="../app/lane/saletender.cpp" line="134"/>
        <source>Receipt %1 not found.</source>
        <translation>영수증 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="155"/>
        <source>Nothing on receipt %1 can be returned.</source>
        <translation>영수증 %1에는 반품할 수 있는 품목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="167"/>
        <source>No cash drawer is connected.</source>
        <translation>금전함이 연결되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="183"/>
        <source>Drawer opened (no sale).</source>
        <translation>금전함을 열었습니다 (노세일).</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="195"/>
        <source>Check the customer&apos;s age first.</source>
        <translation>먼저 고객의 연령을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="205"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="57"/>
        <location filename="../app/lane/saleviewmodel.cpp" line="514"/>
        <source>A card payment is already running on the terminal.</source>
        <translation>단말기에서 이미 카드 결제가 진행 중입니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="61"/>
        <source>Go to payment first.</source>
        <translation>먼저 결제 화면으로 가세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="67"/>
        <location filename="../app/lane/saletender.cpp" line="248"/>
        <source>%1 is not a valid amount.</source>
        <translation>%1은(는) 올바른 금액이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="71"/>
        <source>A card pays at most the balance of %1.</source>
        <translation>카드로는 남은 금액 %1까지만 결제할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="93"/>
        <source>Card payment of %1: follow the terminal.</source>
        <translation>카드 결제 %1: 단말기 안내를 따르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="107"/>
        <source>Cancelling on the terminal: wait for its answer.</source>
        <translation>단말기에서 취소하는 중: 응답을 기다리세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="117"/>
        <source>Sent to the terminal.</source>
        <translation>단말기로 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="121"/>
        <source>Customer: insert, tap or swipe the card.</source>
        <translation>고객: 카드를 꽂거나 대거나 긁어 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="125"/>
        <source>Customer: enter the PIN on the terminal.</source>
        <translation>고객: 단말기에 비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="129"/>
        <source>Authorising with the bank: wait.</source>
        <translation>카드사 승인 중: 기다리세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="133"/>
        <source>Customer: remove the card.</source>
        <translation>고객: 카드를 빼 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="138"/>
        <source>Terminal working: wait.</source>
        <translation>단말기 처리 중: 기다리세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="139"/>
        <source>Terminal: %1</source>
        <translation>단말기: %1</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="159"/>
        <source>Card %1 approved for %2. Balance %3.</source>
        <translation>카드 %1 %2 승인. 남은 금액 %3.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="166"/>
        <source>Card declined, nothing was charged. Ask for another card or take cash.</source>
        <translation>카드 거절, 결제되지 않았습니다. 다른 카드나 현금을 받으세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="169"/>
        <source>Card payment of %1 cancelled, nothing was charged. Try again or take cash.</source>
        <translation>카드 결제 %1 취소, 결제되지 않았습니다. 다시 시도하거나 현금을 받으세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="174"/>
        <source>The terminal did not take the payment of %1, nothing was charged. Check that it is on and connected, then try again.</source>
        <translation>단말기가 %1 결제를 받지 못했습니다. 결제되지 않았습니다. 단말기 전원과 연결을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="181"/>
        <source>The terminal did not confirm the card payment of %1 and cannot be asked now. Do not charge again and do not hand over the goods: check the terminal, then press Check payments.</source>
        <translation>단말기가 카드 결제 %1을(를) 확인해 주지 않았고 지금은 조회할 수 없습니다. 다시 결제하지 말고 상품도 건네지 마세요. 단말기를 확인한 뒤 결제 확인을 누르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="210"/>
        <source>Checking an interrupted card payment with the terminal.</source>
        <translation>중단된 카드 결제를 단말기에 확인하는 중입니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="222"/>
        <source>The terminal had approved %1 (%2) before the interruption: it is kept as paid. Do not charge again.</source>
        <translation>중단 전에 단말기가 %1 (%2)을(를) 승인했습니다. 결제된 것으로 유지합니다. 다시 결제하지 마세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="226"/>
        <source>The interrupted card payment of %1 was not charged. Take the payment again.</source>
        <translation>중단된 카드 결제 %1은(는) 결제되지 않았습니다. 다시 결제를 받으세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="232"/>
        <source>The card payment of %1 cannot be checked: the terminal does not answer. Check the terminal, then press Check payments.</source>
        <translation>카드 결제 %1을(를) 확인할 수 없습니다: 단말기가 응답하지 않습니다. 단말기를 확인한 뒤 결제 확인을 누르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/salecard.cpp" line="53"/>
        <source>No card terminal is connected. Take cash or a voucher.</source>
        <translation>카드 단말기가 연결되지 않았습니다. 현금이나 상품권을 받으세요.</translation>
    </message>
    <message>
        <source>Follow the instructions on the card terminal.</source>
        <translation type="vanished">카드 단말기의 안내를 따르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="282"/>
        <source>Enter the voucher value and its number.</source>
        <translation>상품권 금액과 번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="302"/>
        <source>No store is open: the sale cannot be recorded. Call support.</source>
        <translation>매장 데이터가 열리지 않아 판매를 기록할 수 없습니다. 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="309"/>
        <source>The sale could not be recorded (%1). Do not hand over goods; call support.</source>
        <translation>판매를 기록하지 못했습니다 (%1). 상품을 건네지 말고 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="343"/>
        <source>Sale recorded, but the receipt did not print (%1). Fix the printer, then Reprint.</source>
        <translation>판매는 기록되었지만 영수증이 출력되지 않았습니다 (%1). 프린터를 고친 뒤 재출력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="349"/>
        <source>Sale complete. Receipt %1 printed, but the card slip did not (%2): the terminal can reprint it.</source>
        <translation>판매 완료. 영수증 %1은 인쇄했지만 카드 전표는 인쇄하지 못했습니다 (%2): 단말기에서 다시 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="355"/>
        <location filename="../app/lane/saletender.cpp" line="359"/>
        <source>Sale complete. Receipt %1.</source>
        <translation>판매 완료. 영수증 %1.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="357"/>
        <source>Change</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="371"/>
        <source>There is no receipt to reprint yet.</source>
        <translation>재출력할 영수증이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="375"/>
        <source>No printer is connected.</source>
        <translation>프린터가 연결되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="384"/>
        <source>Copy of receipt %1 printed.</source>
        <translation>영수증 %1 사본을 출력했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="414"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="417"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../app/lane/saletender.cpp" line="430"/>
        <source>Voucher</source>
        <translation>상품권</translation>
    </message>
    <message>
        <source>%1 · %2 lines</source>
        <translation type="vanished">%1 · %2개 품목</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="68"/>
        <source>The sale that was open before the restart is back.</source>
        <translation>재시작 전에 진행 중이던 거래를 복구했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="83"/>
        <source>Sign on before selling.</source>
        <translation>판매하려면 먼저 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="88"/>
        <source>The item catalog is not available. Call support.</source>
        <translation>상품 목록을 사용할 수 없습니다. 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="92"/>
        <source>An interrupted card payment is not resolved yet. Press Check payments and sell on when the terminal has answered.</source>
        <translation>중단된 카드 결제가 아직 정리되지 않았습니다. 결제 확인을 누르고 단말기가 응답한 뒤 판매를 계속하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="106"/>
        <source>Finish the payment first.</source>
        <translation>먼저 결제를 마치세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="147"/>
        <source>Barcode %1 cannot be read. Key the number or the PLU.</source>
        <translation>바코드 %1을(를) 읽을 수 없습니다. 번호나 PLU를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="152"/>
        <source>Barcode %1 is not an item.</source>
        <translation>바코드 %1은(는) 상품이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="157"/>
        <source>Unknown barcode %1. Key the PLU or put the item aside.</source>
        <translation>등록되지 않은 바코드 %1입니다. PLU를 입력하거나 상품을 따로 두세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="165"/>
        <location filename="../app/lane/saleviewmodel.cpp" line="199"/>
        <source>Put %1 on the scale and wait until the weight is stable.</source>
        <translation>%1을(를) 저울에 올리고 무게가 안정될 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="191"/>
        <source>PLU %1 is not in the catalog.</source>
        <translation>PLU %1은(는) 상품 목록에 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="289"/>
        <source>%1 is not a valid price.</source>
        <translation>%1은(는) 올바른 가격이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="308"/>
        <source>A discount is between 1 and 100 percent.</source>
        <translation>할인율은 1~100% 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="405"/>
        <source>No store is open: this basket is not saved.</source>
        <translation>매장 데이터가 열리지 않아 장바구니가 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="410"/>
        <source>The basket could not be saved (%1). Call support before going on.</source>
        <translation>장바구니를 저장하지 못했습니다 (%1). 계속하기 전에 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="434"/>
        <source>Discount %1</source>
        <translation>할인 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="443"/>
        <source>Price changed from %1</source>
        <translation>원래 가격 %1에서 변경</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="491"/>
        <source>This item is past its expiry date and cannot be sold.</source>
        <translation>유통기한이 지난 상품이라 판매할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="494"/>
        <source>The customer is too young for this item. It was removed.</source>
        <translation>고객이 구매 가능 연령이 아니어서 상품을 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="497"/>
        <source>Not possible at this step of the sale.</source>
        <translation>판매의 현재 단계에서는 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="500"/>
        <source>This item cannot be sold here (%1).</source>
        <translation>이 상품은 판매할 수 없습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="503"/>
        <source>This payment was refused (%1).</source>
        <translation>이 결제는 거절되었습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="506"/>
        <source>The business day is closed (Z report done). A manager must open the next business day before anything is sold.</source>
        <translation>영업일이 마감되었습니다 (Z 정산 완료). 판매하려면 관리자가 다음 영업일을 열어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="510"/>
        <source>An earlier card payment was interrupted. Press Check payments and wait for the terminal&apos;s answer.</source>
        <translation>이전 카드 결제가 중단되었습니다. 결제 확인을 누르고 단말기의 응답을 기다리세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="517"/>
        <source>The card payment failed (%1). Ask for another card or cash.</source>
        <translation>카드 결제에 실패했습니다 (%1). 다른 카드나 현금을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/saleviewmodel.cpp" line="519"/>
        <source>The action was refused (%1).</source>
        <translation>처리할 수 없습니다 (%1).</translation>
    </message>
</context>
<context>
    <name>lane::app::ScoViewModel</name>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="1"/>
        <source>Scan your voucher when you pay: press Pay first.</source>
        <translation>상품권은 결제할 때 스캔하세요. 먼저 결제를 누르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="1"/>
        <source>This checkout does not take vouchers. Pay by card.</source>
        <translation>이 계산대는 상품권을 받지 않습니다. 카드로 결제하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="1"/>
        <source>The voucher was not read correctly (check digit). Scan it again, or ask an attendant.</source>
        <translation>상품권이 제대로 읽히지 않았습니다(검증 숫자). 다시 스캔하거나 직원에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="1"/>
        <source>This voucher has no value. Ask an attendant.</source>
        <translation>이 상품권에는 금액이 없습니다. 직원에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="1"/>
        <source>This is not a complete voucher code (%1). Scan it again, or ask an attendant.</source>
        <translation>완전한 상품권 코드가 아닙니다(%1). 다시 스캔하거나 직원에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>Choose why the price changes.</source>
        <translation>가격을 바꾸는 이유를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>%1 is not a valid price.</source>
        <translation>%1은(는) 올바른 가격이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>%1 may not change prices here.</source>
        <translation>%1 님은 여기서 가격을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>Change the price of %1, asked by %2. Key your number and PIN, or scan your badge.</source>
        <translation>가격 변경: %1 (요청: %2). 번호와 PIN을 입력하거나 배지를 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>Nothing waits for approval.</source>
        <translation>승인을 기다리는 요청이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>This approval is for a price change only.</source>
        <translation>이 승인은 가격 변경에만 쓰입니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="1"/>
        <source>The badge&apos;s holder</source>
        <translation>배지 소유자</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="72"/>
        <location filename="../app/lane/scoviewmodel.cpp" line="27"/>
        <source>Self-checkout</source>
        <translation>셀프 계산대</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="140"/>
        <source>Please wait. An attendant is coming to help you.</source>
        <translation>잠시 기다려 주세요. 직원이 도와드리러 갑니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="143"/>
        <source>Choose how you pay.</source>
        <translation>결제 방법을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="146"/>
        <source>Place the item in the bagging area.</source>
        <translation>상품을 포장대에 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="149"/>
        <source>Scan your first item, or look up an item without a barcode.</source>
        <translation>첫 상품을 스캔하거나, 바코드 없는 상품을 찾아 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="151"/>
        <source>Scan the next item, or press Pay.</source>
        <translation>다음 상품을 스캔하거나 결제를 누르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="217"/>
        <source>You are paying now. Press Back to add more items.</source>
        <translation>지금 결제 중입니다. 상품을 더 담으려면 뒤로를 누르세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="224"/>
        <source>Please wait for the attendant before scanning more items.</source>
        <translation>상품을 더 스캔하기 전에 직원을 기다려 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="266"/>
        <source>%1 (%2+)</source>
        <translation>%1 (%2세 이상)</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="307"/>
        <source>%1 g more than expected</source>
        <translation>예상보다 %1 g 더 무거움</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="310"/>
        <source>%1 g left the bagging area</source>
        <translation>포장대에서 %1 g이 빠짐</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="344"/>
        <source>An attendant has been called.</source>
        <translation>직원을 호출했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="353"/>
        <source>Skip bagging cannot be used again. Place the item in the bagging area.</source>
        <translation>포장 건너뛰기를 더 사용할 수 없습니다. 상품을 포장대에 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="354"/>
        <source>This item must be placed in the bagging area.</source>
        <translation>이 상품은 포장대에 올려야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="370"/>
        <source>Please wait for the attendant.</source>
        <translation>직원을 기다려 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="374"/>
        <source>An attendant must approve an item before you pay.</source>
        <translation>결제하기 전에 직원이 상품을 승인해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="378"/>
        <source>Place the last item in the bagging area first.</source>
        <translation>마지막 상품을 먼저 포장대에 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoviewmodel.cpp" line="439"/>
        <source>No answer for %1 s</source>
        <translation>%1초 동안 응답 없음</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="25"/>
        <location filename="../app/lane/scoattendant.cpp" line="35"/>
        <source>Attendant sign-on is not available. Call support.</source>
        <translation>직원 로그인을 사용할 수 없습니다. 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="51"/>
        <source>Sign-on refused. Check the number and PIN.</source>
        <translation>로그인이 거부되었습니다. 번호와 PIN을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="52"/>
        <source>Too many wrong PINs. Sign-on is locked for a while.</source>
        <translation>PIN 오류가 너무 많습니다. 잠시 동안 로그인이 잠깁니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="81"/>
        <source>An attendant must sign on first.</source>
        <translation>먼저 직원이 로그인해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="86"/>
        <source>%1 may not do this. Ask a supervisor.</source>
        <translation>%1 님은 이 작업을 할 수 없습니다. 관리자에게 요청하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="109"/>
        <source>The journal could not record this (%1). Call support.</source>
        <translation>저널에 기록하지 못했습니다 (%1). 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="209"/>
        <source>Approve or refuse the age check.</source>
        <translation>연령 확인을 승인하거나 거절하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="230"/>
        <source>Age check needed</source>
        <translation>연령 확인 필요</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="233"/>
        <source>Unexpected item in the bagging area</source>
        <translation>포장대에 예상하지 못한 상품</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="236"/>
        <source>Item removed from the bagging area</source>
        <translation>포장대에서 상품이 빠짐</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="239"/>
        <source>Item not bagged</source>
        <translation>상품이 포장대에 없음</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="242"/>
        <source>Help requested</source>
        <translation>도움 요청</translation>
    </message>
    <message>
        <location filename="../app/lane/scoattendant.cpp" line="245"/>
        <source>Shopper left</source>
        <translation>고객이 자리를 떠남</translation>
    </message>
    <message>
        <location filename="../app/lane/scoproduce.cpp" line="103"/>
        <source>%1 per kg</source>
        <translation>kg당 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/scoproduce.cpp" line="103"/>
        <source>%1 each</source>
        <translation>개당 %1</translation>
    </message>
    <message>
        <location filename="../app/lane/scoproduce.cpp" line="113"/>
        <source>Please wait for the attendant before adding more items.</source>
        <translation>상품을 더 담기 전에 직원을 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>lane::app::SessionViewModel</name>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="42"/>
        <location filename="../app/lane/sessionviewmodel.cpp" line="128"/>
        <source>No user directory is configured on this lane. Call support.</source>
        <translation>이 계산대에 사용자 정보가 설정되지 않았습니다. 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="36"/>
        <source>User or PIN not recognised. Try again.</source>
        <translation>사용자 번호 또는 PIN이 올바르지 않습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="26"/>
        <source>Too many wrong PINs: locked for now (%1).</source>
        <translation>비밀번호를 너무 많이 틀렸습니다: 잠시 잠겼습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="30"/>
        <source>This user is disabled. Ask a manager.</source>
        <translation>사용이 중지된 사용자입니다. 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="33"/>
        <source>The audit journal cannot be written, so nothing can be approved. Call support.</source>
        <translation>감사 기록을 쓸 수 없어 승인할 수 없습니다. 지원팀에 연락하세요.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="76"/>
        <source>Wrong PIN. The lane stays locked.</source>
        <translation>PIN이 올바르지 않습니다. 계산대가 잠긴 상태로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="133"/>
        <source>This action needs no approval.</source>
        <translation>이 작업은 승인이 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="143"/>
        <source>A second person must approve this.</source>
        <translation>다른 사람이 승인해야 합니다.</translation>
    </message>
    <message>
        <source>Supervisor or PIN not recognised.</source>
        <translation type="vanished">관리자 번호 또는 PIN이 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/lane/sessionviewmodel.cpp" line="141"/>
        <source>%1 may not approve this.</source>
        <translation>%1 님은 이 작업을 승인할 권한이 없습니다.</translation>
    </message>
</context>
</TS>
