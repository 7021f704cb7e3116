/* SPDX-License-Identifier: MIT */
/* picolibc's standard streams on Basin's write system call. picolibc (tinystdio) leaves
 * stdin/stdout/stderr to the application; a stream is a put function called per character.
 * Output is line-buffered, so a line costs one system call instead of one per character; a
 * destructor (run by exit(), which crt0 calls when main returns) writes what is left.
 * Mixing printf with basin.h's print() can reorder output, since print() is unbuffered. */
#include <stdio.h>

#include "basin.h"

struct basin_stream {
    FILE file; /* first, so the FILE * picolibc passes back converts to the whole stream */
    int fd;
    struct basin_stream *flush_first; /* stderr writes stdout's pending bytes first */
    size_t used;
    char bytes[512];
};

static int stream_put(char c, FILE *file);
static int stream_flush(FILE *file);
static int stdin_get(FILE *file);

static struct basin_stream out_stream = {
    .file = FDEV_SETUP_STREAM(stream_put, NULL, stream_flush, _FDEV_SETUP_WRITE),
    .fd = 1,
};
static struct basin_stream err_stream = {
    .file = FDEV_SETUP_STREAM(stream_put, NULL, stream_flush, _FDEV_SETUP_WRITE),
    .fd = 2,
    .flush_first = &out_stream,
};
/* Standard input reads fd 0 a buffer at a time (the console hands over a line per read). */
static FILE in_file = FDEV_SETUP_STREAM(NULL, stdin_get, NULL, _FDEV_SETUP_READ);
static struct {
    size_t next, filled;
    int ended;
    char bytes[256];
} in_buffer;

FILE *const stdout = &out_stream.file;
FILE *const stderr = &err_stream.file;
FILE *const stdin = &in_file;

/* Writes the buffered bytes; write may be partial (a pipe under qemu-user), so it loops. */
static int drain(struct basin_stream *s) {
    size_t done = 0;
    int status = 0;
    while (done < s->used) {
        long n = sys_write(s->fd, s->bytes + done, s->used - done);
        if (n <= 0) {
            status = EOF;
            break;
        }
        done += (size_t)n;
    }
    s->used = 0;
    return status;
}

static int stream_put(char c, FILE *file) {
    struct basin_stream *s = (struct basin_stream *)file;
    if (s->flush_first != NULL && s->flush_first->used != 0) drain(s->flush_first);
    s->bytes[s->used++] = c;
    if ((c == '\n' || s->used == sizeof s->bytes) && drain(s) != 0) return _FDEV_ERR;
    return (unsigned char)c;
}

static int stream_flush(FILE *file) { return drain((struct basin_stream *)file); }

static int stdin_get(FILE *file) {
    (void)file;
    if (in_buffer.next == in_buffer.filled) {
        if (in_buffer.ended) return _FDEV_EOF;
        drain(&out_stream); /* a prompt shows before the program waits for its answer */
        long n = sys_read(0, in_buffer.bytes, sizeof in_buffer.bytes);
        if (n <= 0) {
            in_buffer.ended = 1;
            return n == 0 ? _FDEV_EOF : _FDEV_ERR;
        }
        in_buffer.next = 0;
        in_buffer.filled = (size_t)n;
    }
    return (unsigned char)in_buffer.bytes[in_buffer.next++];
}

/* Runs from exit() through picolibc's __libc_fini_array. */
__attribute__((destructor)) static void flush_at_exit(void) {
    drain(&out_stream);
    drain(&err_stream);
}
