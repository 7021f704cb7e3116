#include "console.h"

#include <stdbool.h>

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

enum { CONTROL_D = 0x04 };

/* Ctrl-D after some bytes ends that read; the end of input is then reported by the next. */
static bool end_pending;

size_t console_read(uint8_t *bytes, size_t length) {
    size_t count = 0;
    if (end_pending) {
        end_pending = false;
        return 0;
    }
    /* Bounded by the input: each pass takes one byte or waits for the person at the console. */
    while (count < length) {
        int c = sbi_console_getchar();
        if (c < 0) continue;
        if (c == CONTROL_D) {
            end_pending = count > 0;
            break;
        }
        bytes[count++] = c == '\r' ? '\n' : (uint8_t)c;
        if (bytes[count - 1] == '\n') break;
    }
    return count;
}
