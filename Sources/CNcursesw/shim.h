#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// SwiftPM drops the -D_XOPEN_SOURCE=600 that ncursesw.pc supplies; without this the wide-character API
// (get_wch, wint_t, waddnwstr) does not import.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <curses.h>
#include <wchar.h>

// Macros and C globals do not import into Swift (and Swift 6 rejects mutable globals such as stdscr, LINES and
// COLS), so these small accessors hand them over as plain functions.

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline WINDOW *shim_curscr(void) { return curscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_getmaxy(WINDOW *win) { return getmaxy(win); }
static inline int shim_getmaxx(WINDOW *win) { return getmaxx(win); }

static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }
static inline int shim_key_f(int n) { return KEY_F(n); }
static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline int shim_key_btab(void) { return KEY_BTAB; }
static inline int shim_key_max(void) { return KEY_MAX; }

static inline int shim_err(void) { return ERR; }

// The C library's column width of a character in the current locale. <wchar.h> declares wcwidth only for X/Open
// (which SwiftPM's dropped flag would have asked for), so the shim declares it itself, with glibc's prototype.
int wcwidth(wchar_t c);
static inline int shim_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
