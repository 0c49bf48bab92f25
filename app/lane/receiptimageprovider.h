#pragma once

#include <QQuickImageProvider>

#include <functional>

#include "core/sale/receipt.h"
#include "core/sale/receipttext.h"

namespace lane::app {

class SaleViewModel;

/// "image://receipt/<revision>": the last receipt as a picture for the on-screen preview.
/// The picture comes from `setRenderer` (the virtual printer's rendering of the printed
/// bytes) when the device layer provides one, else from the receipt's text rendering.
class ReceiptImageProvider : public QQuickImageProvider
{
public:
    using Renderer = std::function<QImage(const core::Receipt &receipt,
                                          const std::string &receiptNumber, bool copy)>;

    explicit ReceiptImageProvider(const SaleViewModel *sale);
    void setRenderer(Renderer renderer) { m_renderer = std::move(renderer); }
    void setTextOptions(core::ReceiptTextOptions options) { m_options = std::move(options); }

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    /// Draws fixed-width receipt text on white paper, 576 dots wide like an 80 mm printer.
    static QImage renderText(const std::string &text);

private:
    const SaleViewModel *m_sale;
    Renderer m_renderer;
    core::ReceiptTextOptions m_options;
};

} // namespace lane::app
