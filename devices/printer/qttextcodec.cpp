#include "devices/printer/qttextcodec.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <memory>

namespace lane::devices::printer {

const char *codePageName(int codePage)
{
    switch (codePage) {
    case 0:
        return "IBM437";
    case 2:
        return "IBM850";
    case 16:
        return "windows-1252";
    case 17:
        return "IBM866";
    case 19:
        return "IBM858";
    default:
        return "";
    }
}

escpos::TextEncodeFn makeTextEncoder(const escpos::PrinterProfile &profile)
{
    const char *name
        = profile.textMode == escpos::TextMode::Korean ? "EUC-KR" : codePageName(profile.codePage);
    if (*name == '\0')
        return escpos::encodeAscii;
    auto encoder = std::make_shared<QStringEncoder>(name, QStringConverter::Flag::Stateless);
    return [encoder](std::string_view utf8) -> core::Result<std::string> {
        const QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        QByteArray bytes = encoder->encode(text);
        // Unmappable characters come back as a substitute; SUB (0x1A) is a control byte
        // a printer might act on, so print '?' instead.
        bytes.replace('\x1a', '?');
        bytes.replace('\x7f', '?');
        return bytes.toStdString();
    };
}

escpos::TextDecodeFn makeTextDecoder()
{
    return [](std::string_view bytes, const escpos::TextDecodeMode &mode) {
        const char *name = mode.twoByte ? "EUC-KR" : codePageName(mode.codePage);
        if (*name == '\0')
            return escpos::decodeLatin1(bytes, mode);
        QStringDecoder decoder(name);
        const QString text = decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        return text.toStdString();
    };
}

} // namespace lane::devices::printer
