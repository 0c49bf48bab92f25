// Attendant mode of ScoViewModel: signed on by PIN (or after a badge scan), every action
// journaled with the attendant's identity, every intervention resolved by name.
#include "app/lane/saleviewmodel.h"
#include "app/lane/scoperipherals.h"
#include "app/lane/scoviewmodel.h"
#include "app/lane/sessionviewmodel.h"
#include "app/lane/userdirectory.h"

namespace lane::app {

namespace {
// Attendant mode is for whoever may void a shopper's transaction on their own: that right
// is what the kiosk's attendant needs most, and the store's permission matrix decides it
// (by default sco_attendant, supervisor and manager; not cashiers or technicians).
constexpr core::Action kAttendantRight = core::Action::TransactionVoid;
} // namespace

ScoApproval::ScoApproval(ScoViewModel *sco)
    : QObject(sco)
    , m_sco(sco)
{}

void ScoApproval::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

QString ScoApproval::approve(const QString &approverId, const QString &pin,
                             const QString &permission, const QString &reason)
{
    (void)reason;
    return m_sco->approvePending(approverId, pin, permission);
}

void ScoViewModel::openAttendantLogin()
{
    noteActivity();
    m_attendantLogin = true;
    publish();
}

QString ScoViewModel::attendantName() const
{
    return m_attendant ? QString::fromStdString(m_attendant->displayName) : QString();
}

bool ScoViewModel::signOnAttendant(const QString &userId, const QString &pin)
{
    noteActivity();
    if (!m_auth) {
        setNotice(tr("Attendant sign-on is not available. Call support."));
        return false;
    }
    return attendantSignedOn(m_auth->signOn(userId.trimmed().toStdString(), pin.toStdString()));
}

bool ScoViewModel::signOnAttendantBadge(const QString &badge)
{
    noteActivity();
    if (!m_auth) {
        setNotice(tr("Attendant sign-on is not available. Call support."));
        return false;
    }
    return attendantSignedOn(m_auth->signOnWithBadge(badge.trimmed().toStdString()));
}

bool ScoViewModel::attendantSignedOn(core::Result<core::User> user)
{
    // The authorizer journals the sign-on (or its refusal) and counts the lockout.
    const bool attendant
        = user.ok()
          && m_auth->authorizer().decide(user.value(), kAttendantRight) == core::Decision::Allowed;
    if (!attendant) {
        // One message for unknown user, wrong PIN and missing role alike.
        setNotice(user.ok() || user.error().code != "auth.locked"
                      ? tr("Sign-on refused. Check the number and PIN.")
                      : tr("Too many wrong PINs. Sign-on is locked for a while."));
        m_attendantLogin = true;
        publish();
        return false;
    }
    m_attendant = user.value();
    m_attendantLogin = false;
    m_sale->setOperator(QString::fromStdString(m_attendant->id), attendantName());
    journalAttendant("sign_on", QString());
    setNotice(QString());
    return true;
}

void ScoViewModel::exitAttendant()
{
    noteActivity();
    m_attendantLogin = false;
    if (m_pendingOverride) {
        cancelApproval();
    }
    if (m_attendant) {
        journalAttendant("sign_off", QString());
        m_attendant.reset();
        m_sale->setOperator(QStringLiteral("sco"), tr("Self-checkout"));
    }
    publish();
}

bool ScoViewModel::requireAttendant(std::optional<core::Action> action)
{
    noteActivity();
    if (!m_attendant) {
        setNotice(tr("An attendant must sign on first."));
        return false;
    }
    // Asked when the action starts, so the decision is journaled either way.
    if (action && (!m_auth || m_auth->check(*m_attendant, *action) != core::Decision::Allowed)) {
        setNotice(tr("%1 may not do this. Ask a supervisor.").arg(attendantName()));
        return false;
    }
    return true;
}

void ScoViewModel::journalAttendant(const char *action, const QString &detail,
                                    std::vector<std::pair<std::string, std::string>> extra)
{
    const std::string attendant = m_attendant ? m_attendant->id : std::string();
    if (m_events) {
        m_events->emit(core::Severity::Info, "sco.attendant", "attendant action",
                       {{"action", std::string(action)},
                        {"attendant", attendant},
                        {"transaction", transactionId()}});
    }
    if (!m_journal) {
        return;
    }
    std::vector<std::pair<std::string, std::string>> fields = {{"action", action},
                                                               {"attendant", attendant},
                                                               {"detail", detail.toStdString()},
                                                               {"transaction", transactionId()}};
    fields.insert(fields.end(), extra.begin(), extra.end());
    const auto recorded = m_journal->record("sco_attendant", fields);
    if (!recorded.ok()) {
        setNotice(tr("The journal could not record this (%1). Call support.")
                      .arg(QString::fromStdString(recorded.error().code)));
    }
}

void ScoViewModel::approveAge()
{
    if (!requireAttendant(std::nullopt)) {
        return;
    }
    const QString item = m_sale->pendingAgeItem();
    m_sale->confirmAgeVisually();
    if (m_sale->pendingMinimumAge() == 0) {
        journalAttendant("approve_age", item);
        resolveAll(InterventionType::AgeCheck, "approved");
    }
}

void ScoViewModel::refuseAge()
{
    if (!requireAttendant(std::nullopt)) {
        return;
    }
    const QString item = m_sale->pendingAgeItem();
    m_sale->refuseAge(); // voids the items in the attendant's name
    journalAttendant("refuse_age", item);
    resolveAll(InterventionType::AgeCheck, "refused");
}

void ScoViewModel::voidItem(int row)
{
    if (!requireAttendant(std::nullopt)) {
        return;
    }
    const BasketRow *r = m_sale->basket()->row(row);
    if (!r || r->voided) {
        return;
    }
    const QString name = r->name;
    m_sale->voidLine(row, QStringLiteral("attendant void"));
    journalAttendant("void_item", name);
    if (m_sale->pendingMinimumAge() == 0) {
        resolveAll(InterventionType::AgeCheck, "item_voided");
    }
}

void ScoViewModel::overridePrice(int row, const QString &amount, const QString &reason)
{
    if (!requireAttendant(std::nullopt)) {
        return;
    }
    const BasketRow *r = m_sale->basket()->row(row);
    if (!r || r->voided) {
        return;
    }
    if (reason.trimmed().isEmpty()) {
        setNotice(tr("Choose why the price changes."));
        return;
    }
    const auto price = m_formatter->parse(amount);
    if (!price || price->isNegative()) {
        setNotice(tr("%1 is not a valid price.").arg(amount));
        return;
    }
    PendingOverride pending{
        row, amount, reason.trimmed(),
        QStringLiteral("%1: %2 -> %3").arg(r->name, r->amount, m_formatter->format(*price))};
    // Asked when the attendant starts, so the decision is journaled either way.
    const core::Decision decision = m_auth
                                        ? m_auth->check(*m_attendant, core::Action::PriceOverride)
                                        : core::Decision::Refused;
    if (decision == core::Decision::Allowed) {
        applyOverride(pending, m_attendant->id);
        return;
    }
    if (decision == core::Decision::NeedsSupervisor) {
        m_approval->setError(QString());
        m_pendingOverride = std::move(pending);
        setNotice(QString());
        publish(); // the approval dialog opens
        return;
    }
    setNotice(tr("%1 may not change prices here.").arg(attendantName()));
}

QString ScoViewModel::approvalText() const
{
    if (!m_pendingOverride) {
        return {};
    }
    return tr("Change the price of %1, asked by %2. Key your number and PIN, or scan your badge.")
        .arg(m_pendingOverride->detail, attendantName());
}

void ScoViewModel::cancelApproval()
{
    noteActivity();
    if (!m_pendingOverride) {
        return;
    }
    m_pendingOverride.reset();
    m_approval->setError(QString());
    publish();
}

QString ScoViewModel::approvePending(const QString &approverId, const QString &pin,
                                     const QString &permission)
{
    noteActivity();
    if (!m_pendingOverride || !m_attendant || !m_auth) {
        m_approval->setError(tr("Nothing waits for approval."));
        return {};
    }
    // The dialog names what it approves; it must be the override that waits.
    if (actionForPermission(permission) != core::Action::PriceOverride) {
        m_approval->setError(tr("This approval is for a price change only."));
        return {};
    }
    return finishApproval(m_auth->approve(*m_attendant, core::Action::PriceOverride,
                                          approverId.trimmed().toStdString(), pin.toStdString(),
                                          m_pendingOverride->reason.toStdString()),
                          approverId.trimmed());
}

QString ScoViewModel::approvePendingWithBadge(const QString &badge)
{
    noteActivity();
    if (!m_pendingOverride || !m_attendant || !m_auth) {
        return {};
    }
    return finishApproval(m_auth->approveWithBadge(*m_attendant, core::Action::PriceOverride,
                                                   badge.trimmed().toStdString(),
                                                   m_pendingOverride->reason.toStdString()),
                          tr("The badge's holder"));
}

QString ScoViewModel::finishApproval(core::Result<core::Approval> approval, const QString &approver)
{
    // The authorizer has journaled the outcome (auth.override with both identities and the
    // reason, or auth.refused) and counted a wrong PIN against the lockout.
    if (!approval.ok()) {
        m_approval->setError(approvalRefusal(approval.error(), approver));
        return {};
    }
    const PendingOverride pending = *m_pendingOverride;
    m_pendingOverride.reset();
    m_approval->setError(QString());
    applyOverride(pending, approval.value().approverId);
    publish(); // the dialog closes
    return QString::fromStdString(approval.value().approverId);
}

void ScoViewModel::applyOverride(const PendingOverride &pending, const std::string &approverId)
{
    m_sale->overrideLinePrice(pending.row, pending.amount, QString::fromStdString(approverId),
                              pending.reason);
    if (!m_sale->messageIsError()) {
        journalAttendant("price_override", pending.detail,
                         {{"approver", approverId}, {"reason", pending.reason.toStdString()}});
    }
    publish();
}

void ScoViewModel::cancelTransaction(const QString &reason)
{
    if (!requireAttendant(core::Action::TransactionVoid)) {
        return;
    }
    if (!m_sale->transaction()) {
        return;
    }
    const std::string tx = transactionId();
    m_sale->voidTransaction(reason, QString::fromStdString(m_attendant->id));
    if (m_journal) {
        (void)m_journal->record("sco_attendant", {{"action", "cancel_transaction"},
                                                  {"attendant", m_attendant->id},
                                                  {"detail", reason.toStdString()},
                                                  {"transaction", tx}});
    }
    for (auto type :
         {InterventionType::AgeCheck, InterventionType::UnexpectedItem,
          InterventionType::ItemRemoved, InterventionType::NotBagged, InterventionType::Help}) {
        resolveAll(type, "transaction_cancelled");
    }
    exitAttendant();
    backToAttract();
}

void ScoViewModel::clearIntervention(int id)
{
    if (!requireAttendant(std::nullopt)) {
        return;
    }
    const Intervention *item = nullptr;
    for (const auto &i : m_log.all()) {
        item = i.open && i.id == id ? &i : item;
    }
    if (!item) {
        return;
    }
    if (item->type == InterventionType::AgeCheck) {
        setNotice(tr("Approve or refuse the age check."));
        return;
    }
    if (isBaggingIntervention(item->type)) {
        // The attendant looked at the bagging area: what stands there now is right.
        m_bagging.accept(m_lastBaggingGrams.value_or(m_bagging.baselineGrams()));
    }
    (void)m_log.resolve(id, "cleared", m_attendant->id, now());
    publish();
}

QVariantList ScoViewModel::interventions() const
{
    QVariantList list;
    for (const auto &i : m_log.all()) {
        if (!i.open) {
            continue;
        }
        QString title;
        switch (i.type) {
        case InterventionType::AgeCheck:
            title = tr("Age check needed");
            break;
        case InterventionType::UnexpectedItem:
            title = tr("Unexpected item in the bagging area");
            break;
        case InterventionType::ItemRemoved:
            title = tr("Item removed from the bagging area");
            break;
        case InterventionType::NotBagged:
            title = tr("Item not bagged");
            break;
        case InterventionType::Help:
            title = tr("Help requested");
            break;
        case InterventionType::IdleTimeout:
            title = tr("Shopper left");
            break;
        }
        list << QVariantMap{{QStringLiteral("id"), qint64(i.id)},
                            {QStringLiteral("type"), QString::fromLatin1(interventionName(i.type))},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("reason"), QString::fromStdString(i.reason)}};
    }
    return list;
}

} // namespace lane::app
