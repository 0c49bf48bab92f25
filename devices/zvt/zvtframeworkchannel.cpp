#include "devices/zvt/zvtframeworkchannel.h"

#include <QTimer>

namespace lane::devices::zvt {

namespace {

class FrameworkChannel final : public ByteChannel
{
public:
    explicit FrameworkChannel(std::unique_ptr<devices::ByteChannel> inner)
        : m_inner(std::move(inner))
    {
        QObject::connect(m_inner.get(), &devices::ByteChannel::dataReceived, m_inner.get(),
                         [this](const QByteArray &data) {
                             if (m_handlers.received)
                                 m_handlers.received(data);
                         });
        QObject::connect(m_inner.get(), &devices::ByteChannel::connectionLost, m_inner.get(),
                         [this](const QString &reason) {
                             if (m_handlers.closed)
                                 m_handlers.closed(reason);
                         });
    }
    void setHandlers(Handlers handlers) override { m_handlers = std::move(handlers); }
    void open() override
    {
        // Deferred one loop turn: the framework reports a lost TCP connection through
        // queued calls (one per socket signal); reopening inside the first of them would
        // let the second close the new socket.
        QTimer::singleShot(0, m_inner.get(), [this] {
            if (auto st = m_inner->open(); !st) {
                if (m_handlers.closed)
                    m_handlers.closed(QString::fromStdString(st.error().message));
                return;
            }
            if (m_handlers.opened)
                m_handlers.opened();
        });
    }
    void close() override { m_inner->close(); }
    bool isOpen() const override { return m_inner->isOpen(); }
    bool write(const QByteArray &bytes) override { return m_inner->write(bytes).ok(); }
    QString describe() const override { return m_inner->description(); }

private:
    std::unique_ptr<devices::ByteChannel> m_inner;
    Handlers m_handlers;
};

} // namespace

std::unique_ptr<ByteChannel> makeFrameworkChannel(std::unique_ptr<devices::ByteChannel> channel)
{
    return std::make_unique<FrameworkChannel>(std::move(channel));
}

} // namespace lane::devices::zvt
