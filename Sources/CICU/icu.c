// Thin wrappers: ICU's C API names are macros (ubrk_open -> ubrk_open_72) that
// Swift cannot import, so they are expanded here, in C.
#include "CICU.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

struct SLBreaker { UBreakIterator *it; };

static const UChar kEmpty[1] = {0};

SLBreaker *sl_breaker_open(int32_t kind, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(kind == SL_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD,
                                   "vi", kEmpty, 0, &err);
    *status = err;
    if (U_FAILURE(err) || it == NULL) return NULL;
    SLBreaker *b = (SLBreaker *)malloc(sizeof(SLBreaker));
    if (!b) { ubrk_close(it); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    b->it = it;
    return b;
}

SLBreaker *sl_breaker_clone(const SLBreaker *breaker, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_clone(breaker->it, &err);
    *status = err;
    if (U_FAILURE(err) || it == NULL) return NULL;
    SLBreaker *b = (SLBreaker *)malloc(sizeof(SLBreaker));
    if (!b) { ubrk_close(it); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    b->it = it;
    return b;
}

void sl_breaker_close(SLBreaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->it);
    free(breaker);
}

int32_t sl_breaker_boundaries(SLBreaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *positions, int32_t *statuses, int32_t capacity,
                              int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(breaker->it, (const UChar *)text, length, &err);
    if (U_FAILURE(err)) { *status = err; return -1; }
    int32_t n = 0;
    ubrk_first(breaker->it);
    for (int32_t p = ubrk_next(breaker->it); p != UBRK_DONE; p = ubrk_next(breaker->it)) {
        if (n >= capacity) { *status = U_BUFFER_OVERFLOW_ERROR; n = -1; break; }
        positions[n] = p;
        statuses[n] = ubrk_getRuleStatus(breaker->it);
        n++;
    }
    // Drop the pointer to the caller's buffer: it may be freed after we return.
    UErrorCode ignored = U_ZERO_ERROR;
    ubrk_setText(breaker->it, kEmpty, 0, &ignored);
    if (n >= 0) *status = U_ZERO_ERROR;
    return n;
}

static const UNormalizer2 *nfc(int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFCInstance(&err);
    *status = err;
    return U_FAILURE(err) ? NULL : n;
}

int32_t sl_nfc_span(const uint16_t *text, int32_t length, int32_t *status) {
    const UNormalizer2 *n = nfc(status);
    if (!n) return 0;
    UErrorCode err = U_ZERO_ERROR;
    int32_t span = unorm2_spanQuickCheckYes(n, (const UChar *)text, length, &err);
    *status = err;
    return U_FAILURE(err) ? 0 : span;
}

int32_t sl_nfc_boundary_before(uint32_t c) {
    int32_t st = 0;
    const UNormalizer2 *n = nfc(&st);
    if (!n) return 1;
    return unorm2_hasBoundaryBefore(n, (UChar32)c) ? 1 : 0;
}

int32_t sl_nfc(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status) {
    const UNormalizer2 *n = nfc(status);
    if (!n) return 0;
    UErrorCode err = U_ZERO_ERROR;
    int32_t out = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, &err);
    *status = err;
    return out;
}

int32_t sl_nfd_char(uint32_t c, uint16_t *dst, int32_t capacity) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFDInstance(&err);
    if (U_FAILURE(err)) return 0;
    UChar src[2];
    int32_t len = 0;
    U16_APPEND_UNSAFE(src, len, (UChar32)c);
    err = U_ZERO_ERROR;
    int32_t out = unorm2_normalize(n, src, len, (UChar *)dst, capacity, &err);
    return U_FAILURE(err) ? 0 : out;
}

int32_t sl_char_type(uint32_t c) { return (int32_t)u_charType((UChar32)c); }
uint32_t sl_to_lower(uint32_t c) { return (uint32_t)u_tolower((UChar32)c); }

int32_t sl_utf8_to_utf16(const char *src, int32_t length, uint16_t *dst, int32_t capacity,
                         int32_t substitute, int32_t *substitutions, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t outLen = 0;
    int32_t subs = 0;
    if (substitute >= 0) {
        u_strFromUTF8WithSub((UChar *)dst, capacity, &outLen, src, length, (UChar32)substitute, &subs, &err);
    } else {
        u_strFromUTF8((UChar *)dst, capacity, &outLen, src, length, &err);
    }
    if (substitutions) *substitutions = subs;
    *status = err;
    return outLen;
}

void sl_icu_version(char *dst, int32_t capacity) {
    UVersionInfo v;
    u_getVersion(v);
    char buf[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, buf);
    strncpy(dst, buf, (size_t)capacity - 1);
    dst[capacity - 1] = 0;
}
