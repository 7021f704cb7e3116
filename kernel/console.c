#include "console.h"

#include "sbi.h"

static char last_char = '\n'; /* so kernel lines can start on a fresh line */

static void console_putc(char c) {
    last_char = c;
    if (c == '\n') sbi_console_putchar('\r'); /* serial terminals want CR LF */
    sbi_console_putchar(c);
}

void console_write(const uint8_t *bytes, size_t length) {
    for (size_t i = 0; i < length; i++) console_putc((char)bytes[i]);
}

void console_line(const char *text) {
    if (last_char != '\n') console_putc('\n'); /* guest output may end mid-line */
    /* Bounded: kernel lines come from fixed-size fmt buffers. */
    for (size_t i = 0; text[i] != '\0' && i < 4096; i++) console_putc(text[i]);
    console_putc('\n');
}

void console_begin(struct console_builder *line, const char *first) {
    fmt_init(&line->fmt, line->text, sizeof line->text);
    fmt_str(&line->fmt, first);
}

void console_end(struct console_builder *line) {
    console_line(line->text);
}
