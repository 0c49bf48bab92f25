#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

#include "app/lane/basketmodel.h"
#include "app/lane/itemsearchviewmodel.h"
#include "app/lane/laneports.h"
#include "app/lane/moneyformatter.h"
#include "core/base/clock.h"
#include "core/base/events.h"
#include "core/payment/paymentservice.h"
#include "core/sale/catalog.h"
#include "core/sale/config.h"
#include "core/sale/transaction.h"

namespace lane::app {

class SessionViewModel;

/// The sale and tender screens: one transaction from first scan to printed receipt.
/// Every figure is computed by the sale engine and formatted here; QML only shows text.
class SaleViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(BasketModel *basket READ basket CONSTANT FINAL)
    Q_PROPERTY(ItemSearchViewModel *search READ search CONSTANT FINAL)
    Q_PROPERTY(QString state READ state NOTIFY changed FINAL)
    Q_PROPERTY(QString subtotal READ subtotal NOTIFY changed FINAL)
    Q_PROPERTY(QString savings READ savings NOTIFY changed FINAL)
    Q_PROPERTY(QString tax READ tax NOTIFY changed FINAL)
    Q_PROPERTY(QString total READ total NOTIFY changed FINAL)
    Q_PROPERTY(QString paid READ paid NOTIFY changed FINAL)
    Q_PROPERTY(QString balance READ balance NOTIFY changed FINAL)
    Q_PROPERTY(QString changeDue READ changeDue NOTIFY changed FINAL)
    Q_PROPERTY(QString lastItemName READ lastItemName NOTIFY changed FINAL)
    Q_PROPERTY(QString lastItemPrice READ lastItemPrice NOTIFY changed FINAL)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged FINAL)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged FINAL)
    Q_PROPERTY(QString pendingAgeItem READ pendingAgeItem NOTIFY changed FINAL)
    Q_PROPERTY(int pendingMinimumAge READ pendingMinimumAge NOTIFY changed FINAL)
    // Its own signal: a Repeater in a layout must not rebuild its buttons on every change.
    Q_PROPERTY(QVariantList quickCash READ quickCash NOTIFY quickCashChanged FINAL)
    Q_PROPERTY(QVariantList tenders READ tenders NOTIFY changed FINAL)
    Q_PROPERTY(QVariantList suspendedBaskets READ suspendedBaskets NOTIFY suspendedChanged FINAL)
    Q_PROPERTY(QString lastReceiptNumber READ lastReceiptNumber NOTIFY changed FINAL)
    Q_PROPERTY(int receiptRevision READ receiptRevision NOTIFY changed FINAL)
    Q_PROPERTY(bool cardAvailable READ cardAvailable NOTIFY changed FINAL)
    Q_PROPERTY(bool cardBusy READ cardBusy NOTIFY cardChanged FINAL)
    Q_PROPERTY(QString cardStage READ cardStage NOTIFY cardChanged FINAL)
    Q_PROPERTY(QString cardStatus READ cardStatus NOTIFY cardChanged FINAL)
    Q_PROPERTY(bool paymentsBlocked READ paymentsBlocked NOTIFY cardChanged FINAL)

public:
    explicit SaleViewModel(MoneyFormatter *formatter, QObject *parent = nullptr);
    ~SaleViewModel() override;

    // Wiring, done once by main.
    void setCatalog(const core::Catalog *catalog) { m_catalog = catalog; }
    void setSaleConfig(core::SaleConfig config) { m_config = std::move(config); }
    void setClock(const core::Clock *clock) { m_clock = clock; }
    void setEventSink(core::EventSink *events) { m_events = events; }
    void setRepository(SaleRepository *repository) { m_repository = repository; }
    void setPeripherals(LanePeripherals *peripherals) { m_peripherals = peripherals; }
    /// The card terminal's payment service and its journal (null: no terminal, cash only).
    void setCardPayments(core::PaymentService *service, core::PaymentJournal *journal);
    /// Asked before a new sale starts (Z-closed day, no open shift); an error is shown to
    /// the cashier and nothing is sold.
    void setSalesGate(std::function<core::Status()> gate) { m_salesGate = std::move(gate); }
    void setSession(SessionViewModel *session) { m_session = session; }
    void setLaneIdentity(QString store, QString pos);
    /// The item search of the sale screen (set once, before the QML is loaded).
    void setSearch(ItemSearchViewModel *search) { m_search = search; }
    /// Who acts when no session is set (self-checkout: the kiosk, or the attendant while
    /// in attendant mode); journaled on voids and age checks like a cashier.
    void setOperator(QString id, QString name);
    /// Brings back the sale that was open when the lane stopped.
    void restoreOpenSale();

    BasketModel *basket() { return &m_basket; }
    ItemSearchViewModel *search() const { return m_search; }
    QString state() const;
    QString subtotal() const;
    QString savings() const;
    QString tax() const;
    QString total() const;
    QString paid() const;
    QString balance() const;
    QString changeDue() const { return m_changeDue; }
    QString lastItemName() const { return m_lastItemName; }
    QString lastItemPrice() const { return m_lastItemPrice; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QString pendingAgeItem() const;
    int pendingMinimumAge() const;
    QVariantList quickCash() const;
    QVariantList tenders() const;
    /// One map per suspended basket, newest last: time (suspended at, store time), cashier,
    /// lines, total.
    QVariantList suspendedBaskets() const;
    QString lastReceiptNumber() const;
    int receiptRevision() const { return m_receiptRevision; }
    bool cardAvailable() const { return m_payments != nullptr; }
    bool cardBusy() const { return m_cardBusy; }
    QString cardStage() const { return m_cardStage; }
    QString cardStatus() const { return m_cardStatus; }
    bool paymentsBlocked() const { return m_paymentsBlocked; }
    const core::Transaction *transaction() const { return m_tx ? &*m_tx : nullptr; }
    const std::optional<core::Receipt> &lastReceipt() const { return m_lastReceipt; }

    // Basket.
    Q_INVOKABLE void scan(const QString &raw);
    /// Digits from the keypad: a PLU, or a barcode keyed by hand; `quantity` units.
    Q_INVOKABLE void enterCode(const QString &code, int quantity);
    Q_INVOKABLE void addSku(const QString &sku);
    Q_INVOKABLE void setLineQuantity(int row, int quantity);
    Q_INVOKABLE void voidLine(int row, const QString &reason);
    /// Price override by `approverId` (the cashier, or a supervisor who approved it), stored
    /// on the line with `reason` (a code such as "shelf_price"; the POS keys none: "manual").
    Q_INVOKABLE void overrideLinePrice(int row, const QString &amount, const QString &approverId,
                                       const QString &reason = QStringLiteral("manual"));
    Q_INVOKABLE void discountLine(int row, int percent, const QString &approverId);
    Q_INVOKABLE void confirmAge(int year, int month, int day);
    Q_INVOKABLE void confirmAgeVisually();
    Q_INVOKABLE void refuseAge();

    // Transaction.
    Q_INVOKABLE void suspend();
    Q_INVOKABLE void resume(int index);
    Q_INVOKABLE void voidTransaction(const QString &reason, const QString &approverId);
    Q_INVOKABLE void returnByReceipt(const QString &receiptNumber);
    Q_INVOKABLE void noSale(const QString &reason, const QString &approverId);

    // Tender.
    Q_INVOKABLE bool startTender();
    Q_INVOKABLE void backToBasket();
    Q_INVOKABLE void payExactCash();
    Q_INVOKABLE void payCash(const QString &amount);
    Q_INVOKABLE void payQuickCash(int index);
    /// Starts a card payment of `amount` (empty: the balance) on the terminal; the result
    /// arrives later (cardChanged, then changed or a message).
    Q_INVOKABLE void payCard(const QString &amount);
    /// Asks the terminal to abort the running card payment.
    Q_INVOKABLE void cancelCard();
    /// Resolves interrupted card payments with the terminal (at start and after a payment
    /// ended without an answer); selling waits until it is done.
    Q_INVOKABLE void reconcilePayments();
    Q_INVOKABLE void payVoucher(const QString &amount, const QString &reference);
    Q_INVOKABLE void reprintLastReceipt();
    /// The drawer was closed: the change-due display goes away.
    Q_INVOKABLE void drawerClosed();
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void changed();
    void messageChanged();
    /// A scan or key was refused: the screen flashes and sounds.
    void rejected(const QString &reason);
    /// A paid sale was recorded and printed.
    void saleFinished(const QString &receiptNumber);
    void cardChanged();
    void quickCashChanged();
    void suspendedChanged();

private:
    /// "VISA ****0010": the brand and never more than the last four digits, and those only
    /// from a properly masked PAN.
    static QString cardLabel(const std::string &brand, const std::string &maskedPan);
    /// Reads the suspended baskets from the repository again and tells the screen.
    void reloadSuspended();
    bool ready();
    bool ensureTransaction();
    void afterAdd(const core::Result<core::LineId> &added);
    void persist();
    void refresh();
    void finishIfPaid();
    void showError(const core::Error &error);
    void showInfo(const QString &text);
    void reject(const QString &text);
    QString userId() const;
    QString errorText(const core::Error &error) const;
    QString fmt(const core::Money &money) const { return m_formatter->format(money); }
    std::optional<core::LineId> lineAt(int row) const;
    void cardProgress(const core::PaymentProgress &progress);
    void cardFinished(const core::PaymentRecord &record);
    void reconciled(const core::ReconcileReport &report);
    /// Approved journal payments of the open sale that its tenders lack (a crash between
    /// the terminal's approval and the basket's save) are added as card tenders.
    void adoptApprovedPayments();
    void setCardState(bool busy, const QString &stage, const QString &status);

    MoneyFormatter *m_formatter;
    BasketModel m_basket;
    const core::Catalog *m_catalog = nullptr;
    core::SaleConfig m_config;
    const core::Clock *m_clock = nullptr;
    core::EventSink *m_events = nullptr;
    SaleRepository *m_repository = nullptr;
    LanePeripherals *m_peripherals = nullptr;
    core::PaymentService *m_payments = nullptr;
    core::PaymentJournal *m_paymentJournal = nullptr;
    std::function<core::Status()> m_salesGate;
    bool m_cardBusy = false;
    bool m_paymentsBlocked = false;
    QString m_cardStage;
    QString m_cardStatus;
    std::vector<std::string> m_terminalReceipt; // the terminal's slip lines of this sale
    SessionViewModel *m_session = nullptr;
    ItemSearchViewModel *m_search = nullptr;
    QString m_store;
    QString m_pos;
    QString m_operatorId;
    QString m_operatorName;
    std::optional<core::Transaction> m_tx;
    std::optional<core::Receipt> m_lastReceipt;
    std::vector<core::TransactionSnapshot> m_suspended;
    QString m_changeDue;
    QString m_lastReceiptNumber;
    QString m_lastItemName;
    QString m_lastItemPrice;
    QString m_message;
    bool m_messageIsError = false;
    int m_receiptRevision = 0;
    std::uint64_t m_localSequence = 0;
};

} // namespace lane::app
