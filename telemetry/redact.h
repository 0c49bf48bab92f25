#pragma once

#include <string>
#include <string_view>
#include <vector>

#pragma push_macro("emit") // Qt's keyword macro vs core::EventSink::emit
#undef emit
#include "core/base/events.h"
#pragma pop_macro("emit")

namespace lane::telemetry {

/// Passes the Luhn check (used to tell card numbers from other long numbers).
bool luhnValid(std::string_view digits);

/// Replaces every card number in `text` by "[PAN]". A card number is a run of 13-19 digits,
/// optionally grouped by single spaces or dashes, that passes Luhn. Also blanks the value
/// after "password=", "token: " and similar. Returns true when something changed.
bool redactText(std::string &text);

/// True for attribute keys that hold secrets (password, pin, secret, token, api_key,
/// authorization, cvv, ...); such attributes are removed before anything is written.
bool isSecretKey(std::string_view key);

/// Applies both rules to a message and its attributes in place.
void redact(std::string &message, std::vector<core::EventAttribute> &attributes);

} // namespace lane::telemetry
