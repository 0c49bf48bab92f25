#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "app/lane/scobagging.h"
#include "app/lane/scointervention.h"
#include "core/auth/auditedauthorizer.h"
#include "core/base/clock.h"
#include "core/config/laneconfig.h"
#include "core/sale/basketline.h"
#include "core/sale/catalog.h"

namespace lane::devices::scale {
class Scale;
}

namespace lane::app {

class LanguageController;
class MoneyFormatter;
class SaleViewModel;
class ScoPeripherals;
class ScoViewModel;

/// What the kiosk's approval dialog (SupervisorDialog, the one the POS uses) talks to: it
/// approves the one price override the signed-on attendant asked for, through the store's
/// audited authorizer, with a second person's number and PIN (or badge, scanned).
class ScoApproval : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the self-checkout")
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)

public:
    explicit ScoApproval(ScoViewModel *sco);
    QString error() const { return m_error; }
    void setError(const QString &error);
    /// The dialog's call: the approver's id when approved (the override is then done),
    /// empty otherwise (error says why). `reason` is the dialog's text; the journal takes
    /// the attendant's reason as kept by the kiosk.
    Q_INVOKABLE QString approve(const QString &approverId, const QString &pin,
                                const QString &permission, const QString &reason);

Q_SIGNALS:
    void errorChanged();

private:
    ScoViewModel *m_sco;
    QString m_error;
};

/// The self-checkout kiosk: the shopper flow (attract screen, scanning, produce lookup,
/// payment, idle handling), loss prevention on the bagging scale, interventions and
/// attendant mode. The transaction itself stays in SaleViewModel, the one sale path the
/// cashier lane uses; this class decides what the shopper may do and when.
class ScoViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    // One signal per concern, each emitted only when a value it covers really changed
    // (publish()): a scale reading four times a second must not make QML re-read the
    // produce grid or the basket.
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged FINAL)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged FINAL)
    Q_PROPERTY(QString instruction READ instruction NOTIFY instructionChanged FINAL)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY displayChanged FINAL)
    Q_PROPERTY(
        bool highContrast READ highContrast WRITE setHighContrast NOTIFY displayChanged FINAL)
    Q_PROPERTY(QVariantList produce READ produce NOTIFY produceChanged FINAL)
    Q_PROPERTY(QString search READ search NOTIFY searchChanged FINAL)
    Q_PROPERTY(QStringList searchKeys READ searchKeys NOTIFY searchChanged FINAL)
    Q_PROPERTY(bool hasSavings READ hasSavings NOTIFY totalsChanged FINAL)
    Q_PROPERTY(QVariantList interventions READ interventions NOTIFY interventionsChanged FINAL)
    Q_PROPERTY(int interventionCount READ interventionCount NOTIFY interventionsChanged FINAL)
    Q_PROPERTY(bool blocked READ blocked NOTIFY interventionsChanged FINAL)
    Q_PROPERTY(bool helpCalled READ helpCalled NOTIFY interventionsChanged FINAL)
    Q_PROPERTY(bool baggingPending READ baggingPending NOTIFY baggingChanged FINAL)
    Q_PROPERTY(int skipsLeft READ skipsLeft NOTIFY baggingChanged FINAL)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleChanged FINAL)
    Q_PROPERTY(bool attendantMode READ attendantMode NOTIFY attendantChanged FINAL)
    Q_PROPERTY(bool attendantLogin READ attendantLogin NOTIFY attendantChanged FINAL)
    Q_PROPERTY(QString attendantName READ attendantName NOTIFY attendantChanged FINAL)
    Q_PROPERTY(ScoApproval *approval READ approval CONSTANT FINAL)
    Q_PROPERTY(bool approvalPending READ approvalPending NOTIFY attendantChanged FINAL)
    Q_PROPERTY(QString approvalText READ approvalText NOTIFY attendantChanged FINAL)
    Q_PROPERTY(QStringList tenders READ tenders NOTIFY paymentChanged FINAL)
    Q_PROPERTY(
        bool printReceipt READ printReceipt WRITE setPrintReceipt NOTIFY paymentChanged FINAL)

public:
    ScoViewModel(SaleViewModel *sale, MoneyFormatter *formatter, QObject *parent = nullptr);
    ~ScoViewModel() override;

    // Wiring, done once by the composition root.
    void setSettings(core::ScoSettings settings, int idleSeconds, QString defaultLanguage);
    void setCatalog(const core::Catalog *catalog);
    /// Attendants sign on through the store's audited authorizer (PIN lockout, journal).
    void setAuthorizer(core::AuditedAuthorizer *authorizer) { m_auth = authorizer; }
    void setLanguageController(LanguageController *language);
    void setEventSink(core::EventSink *events);
    void setJournal(ScoJournal *journal);
    void setPeripherals(ScoPeripherals *peripherals) { m_peripherals = peripherals; }
    void setBaggingScale(devices::scale::Scale *scale);
    void setCashAvailable(bool available)
    {
        m_cashAvailable = available;
        publish();
    }
    /// The clock idle time and bagging timeouts are measured with; tests pass a ManualClock
    /// (null: the system clock).
    void setClock(const core::Clock *clock) { m_clock = clock ? clock : &m_systemClock; }
    ScoBagging &bagging() { return m_bagging; }
    /// The bagging scale's last stable reading.
    std::optional<std::int64_t> lastBaggingGrams() const { return m_lastBaggingGrams; }
    const InterventionLog &interventionLog() const { return m_log; }
    /// How often the produce grid was built (each build reads the catalog once per PLU).
    int produceBuilds() const { return m_produceBuilds; }

    QString screen() const { return m_screen; }
    QString notice() const { return m_notice; }
    QString instruction() const;
    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    QVariantList produce() const { return m_produce; }
    QString search() const { return m_search; }
    bool hasSavings() const;
    QStringList searchKeys() const;
    QVariantList interventions() const;
    int interventionCount() const { return m_log.count(); }
    bool blocked() const;
    bool baggingPending() const { return m_settings.securityScale && m_bagging.pending(); }
    int skipsLeft() const { return m_bagging.skipsLeft(); }
    bool helpCalled() const { return m_log.openOf(InterventionType::Help) != nullptr; }
    int idleSecondsLeft() const;
    bool attendantMode() const { return m_attendant.has_value(); }
    bool attendantLogin() const { return m_attendantLogin; }
    QString attendantName() const;
    ScoApproval *approval() const { return m_approval; }
    bool approvalPending() const { return m_pendingOverride.has_value(); }
    QString approvalText() const;
    QStringList tenders() const;
    bool printReceipt() const;
    void setPrintReceipt(bool print);

    // Shopper.
    Q_INVOKABLE void chooseLanguage(const QString &language);
    Q_INVOKABLE void start();
    /// Every scan of the kiosk (scanner, wedge) comes here first: badges, the attract
    /// screen and open interventions decide whether the sale sees it.
    Q_INVOKABLE void scan(const QString &raw);
    Q_INVOKABLE void openProduce();
    Q_INVOKABLE void closeProduce();
    Q_INVOKABLE void typeSearch(const QString &key);
    Q_INVOKABLE void backspaceSearch();
    Q_INVOKABLE void clearSearch();
    /// A produce tile: weighed items take the scale's stable weight, counted ones `count`.
    Q_INVOKABLE void chooseProduce(const QString &plu, int count);
    Q_INVOKABLE void callHelp();
    Q_INVOKABLE void skipBagging();
    Q_INVOKABLE void pay();
    Q_INVOKABLE void backToShopping();
    Q_INVOKABLE void payCard();
    Q_INVOKABLE void payVoucher(const QString &amount, const QString &reference);
    Q_INVOKABLE void payCash(const QString &amount);
    Q_INVOKABLE void continueShopping();
    Q_INVOKABLE void cancelShopping();
    Q_INVOKABLE void done();
    /// Any touch: restarts the idle time.
    Q_INVOKABLE void noteActivity();
    /// Idle time and bagging timeout; the timer calls it every second.
    Q_INVOKABLE void tick();

    // Attendant (scoattendant.cpp).
    Q_INVOKABLE void openAttendantLogin();
    Q_INVOKABLE bool signOnAttendant(const QString &userId, const QString &pin);
    /// A scanned attendant badge (also reached through scan()).
    Q_INVOKABLE bool signOnAttendantBadge(const QString &badge);
    Q_INVOKABLE void exitAttendant();
    Q_INVOKABLE void approveAge();
    Q_INVOKABLE void refuseAge();
    Q_INVOKABLE void voidItem(int row);
    /// A new unit price for basket row `row`, for `reason` (shelf_price, damaged,
    /// promotion): done at once when the attendant may; when they need a second person,
    /// approvalPending turns true and the approval dialog asks for one.
    Q_INVOKABLE void overridePrice(int row, const QString &amount, const QString &reason);
    Q_INVOKABLE void cancelApproval();
    /// The approval dialog's PIN entry (through ScoApproval).
    QString approvePending(const QString &approverId, const QString &pin,
                           const QString &permission);
    /// A badge scanned while an approval waits approves it (when its holder may).
    QString approvePendingWithBadge(const QString &badge);
    Q_INVOKABLE void cancelTransaction(const QString &reason);
    Q_INVOKABLE void clearIntervention(int id);

    /// A reading of the bagging scale (the scale's signal, or tests).
    void onBaggingWeight(std::int64_t grams, bool stable);

Q_SIGNALS:
    void screenChanged();
    void noticeChanged();
    void instructionChanged();
    void displayChanged();
    void produceChanged();
    void searchChanged();
    void totalsChanged();
    void interventionsChanged();
    void baggingChanged();
    void idleChanged();
    void attendantChanged();
    void paymentChanged();

private:
    /// What QML sees, as last published; publish() compares and emits per concern.
    struct Published
    {
        QString screen, notice, instruction, search, attendantName;
        QStringList searchKeys, tenders;
        QVariantList interventions;
        bool largeText = false, highContrast = false, hasSavings = false, blocked = false;
        bool helpCalled = false, baggingPending = false, attendantMode = false;
        bool attendantLogin = false, printReceipt = true, approvalPending = false;
        QString approvalText;
        int interventionCount = 0, skipsLeft = 0, idleSecondsLeft = 0;
    };
    /// Emits the signal of every concern whose values differ from the last published ones.
    void publish();
    /// The produce grid for the current search and language; rebuilt only when either
    /// changed (each rebuild looks every PLU up in the catalog).
    void refreshProduce();
    QVariantList buildProduce() const;
    void setScreen(const QString &screen);
    void setNotice(const QString &text);
    void onSaleChanged();
    void onSaleFinished();
    void handleVerdict(BaggingVerdict verdict);
    /// A scanned voucher pays on the payment screen, like a keyed one.
    void scanVoucher(const QString &code);
    void raise(InterventionType type, const QString &reason);
    void resolveAll(InterventionType type, const std::string &resolution);
    void journalAttendant(const char *action, const QString &detail,
                          std::vector<std::pair<std::string, std::string>> extra = {});
    /// A price override waiting for a second person's approval.
    struct PendingOverride
    {
        int row = -1;
        QString amount;
        QString reason;
        QString detail; // "name: old -> new"
    };
    void applyOverride(const PendingOverride &pending, const std::string &approverId);
    QString finishApproval(core::Result<core::Approval> approval, const QString &approver);
    bool requireAttendant(std::optional<core::Action> action);
    bool attendantSignedOn(core::Result<core::User> user);
    void backToAttract();
    std::string transactionId() const;
    core::TimePoint now() const { return m_clock->now(); }

    SaleViewModel *m_sale;
    MoneyFormatter *m_formatter;
    const core::Catalog *m_catalog = nullptr;
    core::AuditedAuthorizer *m_auth = nullptr;
    LanguageController *m_language = nullptr;
    core::EventSink *m_events = nullptr;
    ScoJournal *m_journal = nullptr;
    ScoPeripherals *m_peripherals = nullptr;
    core::SystemClock m_systemClock;
    const core::Clock *m_clock = &m_systemClock;
    core::ScoSettings m_settings;
    int m_idleSeconds = 90;
    QString m_defaultLanguage = QStringLiteral("ko");
    bool m_cashAvailable = false;
    ScoBagging m_bagging;
    InterventionLog m_log;
    QString m_screen = QStringLiteral("attract");
    QString m_notice;
    QString m_search;
    bool m_largeText = false;
    bool m_highContrast = false;
    bool m_attendantLogin = false;
    std::optional<core::User> m_attendant;
    std::optional<PendingOverride> m_pendingOverride;
    ScoApproval *m_approval = nullptr;
    core::TimePoint m_lastActivity{};
    core::TimePoint m_promptSince{};
    core::TimePoint m_finishedAt{};
    std::optional<std::int64_t> m_lastBaggingGrams;
    std::string m_seenTransaction;
    core::LineId m_seenLine = 0;
    std::set<core::LineId> m_seenVoided;
    Published m_published;
    QVariantList m_produce;
    QString m_produceKey; // search + language the grid was built for
    bool m_produceBuilt = false;
    int m_produceBuilds = 0;
    QTimer m_timer;
    QTimer m_scalePoll;
};

/// The initial consonants of Hangul syllables ("바나나" -> "ㅂㄴㄴ"); other characters
/// stay as they are, lower-cased. The produce search matches against it.
QString initialConsonants(const QString &text);

} // namespace lane::app
