// CICU: the only place SoLieu touches ICU's C API.
//
// The public header deliberately contains no ICU types: handles are opaque,
// text is UTF-16 as `uint16_t`, statuses are `int32_t` (ICU UErrorCode values,
// > 0 is a failure). Swift modules that import this header can therefore also
// import full Foundation (whose own ICU copy would otherwise clash).
#ifndef SOLIEU_CICU_H
#define SOLIEU_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Opaque break iterator (word or sentence).
typedef struct SLBreaker SLBreaker;

enum { SL_BREAK_WORD = 0, SL_BREAK_SENTENCE = 1 };

/// Opens a break iterator for locale "vi". Returns NULL on failure (`*status` > 0).
SLBreaker *sl_breaker_open(int32_t kind, int32_t *status);
/// Thread-safe copy of an opened iterator (cheap: ~0.1 µs).
SLBreaker *sl_breaker_clone(const SLBreaker *breaker, int32_t *status);
void sl_breaker_close(SLBreaker *breaker);

/// Runs the iterator over `text[0..<length]` and writes every boundary after 0
/// into `positions` and the rule status of the segment that ends there into
/// `statuses`. `capacity` must be at least `length + 1`. Returns the number of
/// boundaries written, or -1 on failure. The iterator does not keep the text.
int32_t sl_breaker_boundaries(SLBreaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *positions, int32_t *statuses, int32_t capacity,
                              int32_t *status);

/// Length of the prefix of `text` that is certainly NFC (quick check "yes").
int32_t sl_nfc_span(const uint16_t *text, int32_t length, int32_t *status);
/// 1 when a normalization boundary precedes code point `c` (safe cut point).
int32_t sl_nfc_boundary_before(uint32_t c);
/// NFC-normalizes `src` into `dst`. Returns the output length (may exceed
/// `capacity`, in which case nothing useful is written and status is set).
int32_t sl_nfc(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status);
/// Canonical decomposition (NFD) of a single code point into `dst`; returns its length.
int32_t sl_nfd_char(uint32_t c, uint16_t *dst, int32_t capacity);

/// ICU general category (UCharCategory value) of `c`.
int32_t sl_char_type(uint32_t c);
/// Simple lowercase mapping of `c`.
uint32_t sl_to_lower(uint32_t c);

/// Converts UTF-8 to UTF-16. With `substitute` >= 0, invalid sequences become
/// that code point and `*substitutions` counts them; otherwise invalid input
/// fails (status > 0). Returns the UTF-16 length (may exceed capacity).
int32_t sl_utf8_to_utf16(const char *src, int32_t length, uint16_t *dst, int32_t capacity,
                         int32_t substitute, int32_t *substitutions, int32_t *status);

/// ICU version string, e.g. "72.1".
void sl_icu_version(char *dst, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
