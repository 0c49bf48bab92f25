#pragma once

#include <string>
#include <string_view>
#include <vector>

#pragma push_macro("emit") // Qt's keyword macro vs core::EventSink::emit
#undef emit
#include "core/base/events.h"
#pragma pop_macro("emit")

namespace lane::telemetry {

/// Replaces every card number in `text` (core::findCardNumbers) by "[PAN]". Also blanks the value
/// after "password=", "token: " and similar. Returns true when something changed.
bool redactText(std::string &text);

/// True for attribute keys that hold secrets (password, pin, secret, token, api_key,
/// authorization, cvv, ...); such attributes are removed before anything is written.
bool isSecretKey(std::string_view key);

/// Applies both rules to a message and its attributes in place.
void redact(std::string &message, std::vector<core::EventAttribute> &attributes);

} // namespace lane::telemetry
