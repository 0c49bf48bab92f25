#include "app/lane/scolane.h"

#include "app/lane/devicehub.h"
#include "app/lane/laneservices.h"
#include "app/lane/scoperipherals.h"
#include "app/lane/scoviewmodel.h"
#include "core/store/store.h"
#include "devices/scale/scale.h"
#include "devices/scanner/barcodescanner.h"

namespace lane::app {

namespace {
const std::string kLearnedPrefix = "sco.weight.";
}

ScoLane::ScoLane(LaneServices &lane, const core::Clock &clock, core::EventSink &events,
                 QObject *parent)
    : QObject(parent)
{
    const core::LaneConfig &config = lane.config();
    SaleViewModel *sale = lane.sale();
    m_sco = new ScoViewModel(sale, lane.formatter(), this);
    m_sco->setClock(&clock);
    m_sco->setSettings(config.sco, config.scoIdleSeconds,
                       QString::fromStdString(config.locale).left(2));
    m_sco->setAuthorizer(lane.authorizer());
    m_sco->setLanguageController(lane.language());
    m_sco->setEventSink(&events);
    m_sco->setCashAvailable(config.device("cash") != nullptr);

    if (core::Store *store = lane.store()) {
        m_sco->setCatalog(&store->catalog());
        m_journal = std::make_unique<StoreScoJournal>(*store);
        m_sco->setJournal(m_journal.get());
        // Learned item weights survive restarts in the store's settings.
        if (const auto settings = store->settings(); settings.ok()) {
            for (const auto &[key, value] : settings.value()) {
                if (key.rfind(kLearnedPrefix, 0) == 0) {
                    if (const auto w = LearnedWeight::decode(value)) {
                        m_sco->bagging().setLearned(key.substr(kLearnedPrefix.size()), *w);
                    }
                }
            }
        }
        m_sco->bagging().setLearnedSink([store](const std::string &sku, const LearnedWeight &w) {
            (void)store->setSetting(kLearnedPrefix + sku, w.encode());
        });
    }

    DeviceHub *hub = lane.deviceHub();
    m_peripherals = std::make_unique<ScoPeripherals>(hub);
    m_sco->setPeripherals(m_peripherals.get());
    sale->setPeripherals(m_peripherals.get());
    if (hub) {
        auto &manager = hub->manager();
        m_peripherals->setProduceScale(
            qobject_cast<devices::scale::Scale *>(manager.device(QStringLiteral("scale"))));
        m_sco->setBaggingScale(qobject_cast<devices::scale::Scale *>(
            manager.device(QString::fromStdString(config.sco.baggingScale))));
        // Scanners reach the shopper flow first (attract screen, badges, interventions).
        for (devices::Device *device : manager.devices()) {
            if (auto *scanner = qobject_cast<devices::scanner::BarcodeScanner *>(device)) {
                QObject::disconnect(scanner, &devices::scanner::BarcodeScanner::scanned, sale,
                                    nullptr);
                connect(scanner, &devices::scanner::BarcodeScanner::scanned, m_sco,
                        [sco = m_sco](const devices::scanner::ScanEvent &scan) {
                            sco->scan(QString::fromLatin1(scan.raw));
                        });
            }
        }
    }
    if (KeyboardWedgeFilter *wedge = lane.wedgeFilter()) {
        QObject::disconnect(wedge, &KeyboardWedgeFilter::scanned, sale, &SaleViewModel::scan);
        connect(wedge, &KeyboardWedgeFilter::scanned, m_sco, &ScoViewModel::scan);
    }
}

ScoLane::~ScoLane() = default;

} // namespace lane::app
