#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "app/lane/basketmodel.h"
#include "app/lane/laneports.h"
#include "app/lane/moneyformatter.h"
#include "core/base/clock.h"
#include "core/base/events.h"
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
    Q_PROPERTY(QVariantList quickCash READ quickCash NOTIFY changed FINAL)
    Q_PROPERTY(QVariantList tenders READ tenders NOTIFY changed FINAL)
    Q_PROPERTY(QStringList suspendedBaskets READ suspendedBaskets NOTIFY changed FINAL)
    Q_PROPERTY(QString lastReceiptNumber READ lastReceiptNumber NOTIFY changed FINAL)
    Q_PROPERTY(int receiptRevision READ receiptRevision NOTIFY changed FINAL)

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
    void setPaymentPort(core::PaymentPort *port) { m_paymentPort = port; }
    void setSession(SessionViewModel *session) { m_session = session; }
    void setLaneIdentity(QString store, QString pos);
    /// Who acts when no session is set (self-checkout: the kiosk, or the attendant while
    /// in attendant mode); journaled on voids and age checks like a cashier.
    void setOperator(QString id, QString name);
    /// Brings back the sale that was open when the lane stopped.
    void restoreOpenSale();

    BasketModel *basket() { return &m_basket; }
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
    QStringList suspendedBaskets() const;
    QString lastReceiptNumber() const;
    int receiptRevision() const { return m_receiptRevision; }
    const core::Transaction *transaction() const { return m_tx ? &*m_tx : nullptr; }
    const std::optional<core::Receipt> &lastReceipt() const { return m_lastReceipt; }

    // Basket.
    Q_INVOKABLE void scan(const QString &raw);
    /// Digits from the keypad: a PLU, or a barcode keyed by hand; `quantity` units.
    Q_INVOKABLE void enterCode(const QString &code, int quantity);
    Q_INVOKABLE void addSku(const QString &sku);
    Q_INVOKABLE void setLineQuantity(int row, int quantity);
    Q_INVOKABLE void voidLine(int row, const QString &reason);
    /// Price override by `approverId` (the cashier, or a supervisor who approved it).
    Q_INVOKABLE void overrideLinePrice(int row, const QString &amount, const QString &approverId);
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
    Q_INVOKABLE void payCard(const QString &amount);
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

private:
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

    MoneyFormatter *m_formatter;
    BasketModel m_basket;
    const core::Catalog *m_catalog = nullptr;
    core::SaleConfig m_config;
    const core::Clock *m_clock = nullptr;
    core::EventSink *m_events = nullptr;
    SaleRepository *m_repository = nullptr;
    LanePeripherals *m_peripherals = nullptr;
    core::PaymentPort *m_paymentPort = nullptr;
    SessionViewModel *m_session = nullptr;
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
