// Attendant mode of ScoViewModel: signed on by PIN (or after a badge scan), every action
// journaled with the attendant's identity, every intervention resolved by name.
#include "app/lane/saleviewmodel.h"
#include "app/lane/scoperipherals.h"
#include "app/lane/scoviewmodel.h"

namespace lane::app {

void ScoViewModel::openAttendantLogin()
{
    noteActivity();
    m_attendantLogin = true;
    Q_EMIT changed();
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
    const bool attendant = user.ok()
                           && (user.value().role == core::Role::ScoAttendant
                               || user.value().role == core::Role::Supervisor
                               || user.value().role == core::Role::Manager);
    if (!attendant) {
        // One message for unknown user, wrong PIN and missing role alike.
        setNotice(user.ok() || user.error().code != "auth.locked"
                      ? tr("Sign-on refused. Check the number and PIN.")
                      : tr("Too many wrong PINs. Sign-on is locked for a while."));
        m_attendantLogin = true;
        Q_EMIT changed();
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
    if (m_attendant) {
        journalAttendant("sign_off", QString());
        m_attendant.reset();
        m_sale->setOperator(QStringLiteral("sco"), tr("Self-checkout"));
    }
    Q_EMIT changed();
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

void ScoViewModel::journalAttendant(const char *action, const QString &detail)
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
    const auto recorded = m_journal->record("sco_attendant", {{"action", action},
                                                              {"attendant", attendant},
                                                              {"detail", detail.toStdString()},
                                                              {"transaction", transactionId()}});
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

void ScoViewModel::overridePrice(int row, const QString &amount)
{
    if (!requireAttendant(core::Action::PriceOverride)) {
        return;
    }
    const BasketRow *r = m_sale->basket()->row(row);
    if (!r) {
        return;
    }
    const QString detail = QStringLiteral("%1: %2 -> %3").arg(r->name, r->amount, amount);
    m_sale->overrideLinePrice(row, amount, QString::fromStdString(m_attendant->id));
    if (!m_sale->messageIsError()) {
        journalAttendant("price_override", detail);
    }
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
    Q_EMIT changed();
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
