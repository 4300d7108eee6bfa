#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// SwiftPM drops the -D_XOPEN_SOURCE=600 that ncursesw.pc supplies; without this the wide-character API
// (get_wch, wint_t, waddnwstr) does not import.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <curses.h>

#endif
