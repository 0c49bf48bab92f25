#include "devices/framework/bytechannel.h"

#include "devices/framework/logging.h"

namespace lane::devices {

void ByteChannel::addWarning(const QString &warning)
{
    m_warnings.append(warning);
    log()->warn("{}: {}", description().toStdString(), warning.toStdString());
}

} // namespace lane::devices
