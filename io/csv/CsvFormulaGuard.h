#pragma once

#include <QString>

namespace govcat::io {

// CSV injection (OWASP): a spreadsheet that opens a CSV file runs a field starting with = + - @, a
// tab or a carriage return as a formula (=HYPERLINK(…), =cmd|' /C calc'!A0). Every CSV govcat
// writes passes its fields through neutraliseCsvField, and the CSV import reads them back through
// restoreCsvField, so that a value survives an export and an import exactly:
//
//   A value made of k ≥ 0 single quotes followed by a trigger character (= + - @ tab CR) gets one
//   more quote in front: "=A1" → "'=A1", "'=A1" → "''=A1". Spreadsheets show a field starting with
//   a quote as text. Reading strips exactly one quote from a field made of k ≥ 1 quotes followed by
//   a trigger character, and leaves every other field as it is.
//   Exception: a plain decimal number (an optional sign, digits, an optional fraction: "-5", "+3",
//   "-0.25") stays as it is, since no spreadsheet runs it and it should stay a number there. The
//   exception is for the value itself only; "'-5" still becomes "''-5", so the round trip is exact.
//
// Reading applies to every CSV file imported, also one govcat did not write: a field such as "'=x"
// (a quote before a trigger character) is read as "=x", as spreadsheets themselves treat the quote.
QString neutraliseCsvField(const QString& value);
QString restoreCsvField(const QString& field);

// True when neutraliseCsvField would change the value (it starts, after its leading quotes, with a
// trigger character and is not a plain number).
bool csvFieldNeedsGuard(const QString& value);

} // namespace govcat::io
