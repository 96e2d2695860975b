#pragma once

#include "db/driver/SecureBytes.h"

class QByteArray;
class QString;

// Passphrases between Qt strings and locked memory. A QString or QByteArray is plain heap memory that
// Qt neither locks nor wipes, so these keep such copies short-lived and zero the ones this code owns.
namespace govcat::db {

// The UTF-8 bytes of text in locked memory; the temporary UTF-8 array is zeroed before it is freed.
// (text itself is left alone: a QLineEdit's text() shares the widget's own buffer.)
SecureBytes secureUtf8(const QString& text);
// A QString of the UTF-8 bytes in secret, for code that needs characters (the passphrase policy);
// give it back to wipeText when done.
QString textOf(const SecureBytes& secret);
// Overwrites the characters of text with zeros when this is the only reference to them (a shared
// buffer is left alone: it is someone else's). Returns whether it did. The size is kept.
bool wipeText(QString& text);
// The same for bytes.
bool wipeBytes(QByteArray& bytes);

} // namespace govcat::db
