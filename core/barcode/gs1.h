#pragma once

#include <cstddef>
#include <string_view>

#include "core/barcode/scancode.h"

namespace lane::core {

/// How a GS1 element string reaches the parser.
enum class Gs1Syntax {
    Transmitted, // as a scanner sends it: AIs run together, GS (0x1D) after variable fields
    Bracketed,   // human-readable, keyed or printed: "(01)09501101530003(17)251231"
};

/// Options for parseGs1.
struct Gs1Options
{
    int referenceYear = 0;          // see ScanRules::referenceYear
    std::size_t positionOffset = 0; // characters before `data` in the input (AIM prefix)
};

/// Parses and validates a GS1 element string. Fixed-length AIs are split by the GS1 table
/// of predefined lengths, so a lost GS after them does no harm; a variable-length field
/// that runs past its maximum, or whose tail reads as further complete element strings
/// while the input carries no GS at all, is "gs1.unterminated" (the FNC1 was lost).
Result<Gs1Data> parseGs1(std::string_view data, Gs1Syntax syntax, const Gs1Options &options = {});

/// The GS1 century rule (General Specifications 7.12) for a two-digit year, given the
/// current year; with referenceYear 0 the year is 2000 + yy.
int resolveGs1Year(int twoDigitYear, int referenceYear);

/// Days in a month of the proleptic Gregorian calendar.
int daysInMonth(int year, int month);

} // namespace lane::core
