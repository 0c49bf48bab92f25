#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace lane::devices::escpos {

/// One GS1 application identifier and its value.
struct Gs1Field
{
    std::string ai;
    std::string value;
    bool operator==(const Gs1Field &) const = default;
};

/// "[01]09501101530003[10]AB12" -> fields; checks AI lengths against the GS1 table.
core::Result<std::vector<Gs1Field>> parseGs1Bracketed(std::string_view text);
/// Element string as a scanner sends it: AI+value, GS (0x1D) after variable-length values.
core::Result<std::vector<Gs1Field>> parseGs1ElementString(std::string_view text,
                                                          std::string_view separator = "\x1d");
std::string toGs1Bracketed(const std::vector<Gs1Field> &fields);
std::string toGs1ElementString(const std::vector<Gs1Field> &fields,
                               std::string_view separator = "\x1d");

} // namespace lane::devices::escpos
