/* SPDX-License-Identifier: MIT */
/* sigaltstack: its errors, a handler with SA_ONSTACK running on the alternate stack (which it
 * may not change meanwhile), one without running on the ordinary stack, and a stack overflow
 * caught by a SIGSEGV handler on the alternate stack, left with siglongjmp. */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define ALT_SIZE (64 * 1024)
static char alternate[ALT_SIZE];
static sigjmp_buf recover;
static volatile int on_alternate, flags_in_handler, change_error, overflow_depth;

static int inside_alternate(const void *p) {
    return (const char *)p >= alternate && (const char *)p < alternate + ALT_SIZE;
}

static void on_usr(int signal_number) {
    (void)signal_number;
    volatile char here = 0;
    on_alternate = inside_alternate((const void *)&here);
    stack_t now, other = {.ss_sp = alternate, .ss_size = ALT_SIZE, .ss_flags = 0};
    sigaltstack(0, &now);
    flags_in_handler = now.ss_flags;
    change_error = sigaltstack(&other, 0) == 0 ? 0 : errno;
}

static void on_segv(int signal_number) {
    (void)signal_number;
    volatile char here = 0;
    on_alternate = inside_alternate((const void *)&here);
    siglongjmp(recover, 1);
}

/* Recurses until the stack runs out, touching every page on the way down (the limit, about
 * 800 MiB of stack, is never reached). */
__attribute__((noinline)) static int recurse(int depth) {
    volatile char page[768];
    page[0] = (char)depth;
    overflow_depth = depth;
    if (depth > 1024 * 1024) return 0;
    return recurse(depth + 1) + page[0];
}

static void install(int signal_number, void (*handler)(int), int flags) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    action.sa_flags = flags;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, 0);
}

static const char *error_name(int error) {
    return error == 0 ? "success" : error == ENOMEM ? "ENOMEM" : error == EINVAL ? "EINVAL" : error == EPERM ? "EPERM" : "?";
}

int main(void) {
    stack_t old;
    sigaltstack(0, &old);
    printf("at start: ss_flags %s\n", old.ss_flags == SS_DISABLE ? "SS_DISABLE" : "?");
    stack_t small = {.ss_sp = alternate, .ss_size = 1024, .ss_flags = 0};
    errno = 0;
    printf("1024 bytes: %s\n", error_name(sigaltstack(&small, 0) == 0 ? 0 : errno));
    stack_t bad_flags = {.ss_sp = alternate, .ss_size = ALT_SIZE, .ss_flags = 42};
    printf("ss_flags 42: %s\n", error_name(sigaltstack(&bad_flags, 0) == 0 ? 0 : errno));
    stack_t good = {.ss_sp = alternate, .ss_size = ALT_SIZE, .ss_flags = 0};
    printf("64 KiB: %s\n", error_name(sigaltstack(&good, 0) == 0 ? 0 : errno));
    sigaltstack(0, &old);
    printf("now: ss_sp is the buffer: %s, ss_size %lu, ss_flags %d\n", old.ss_sp == alternate ? "yes" : "no",
           (unsigned long)old.ss_size, old.ss_flags);

    install(SIGUSR1, on_usr, SA_ONSTACK);
    raise(SIGUSR1);
    printf("SA_ONSTACK handler: on the alternate stack: %s, ss_flags there %s, changing it: %s\n",
           on_alternate ? "yes" : "no", flags_in_handler == SS_ONSTACK ? "SS_ONSTACK" : "?",
           error_name(change_error));
    install(SIGUSR2, on_usr, 0);
    raise(SIGUSR2);
    printf("handler without SA_ONSTACK: on the alternate stack: %s, ss_flags there %d\n",
           on_alternate ? "yes" : "no", (int)flags_in_handler);

    install(SIGSEGV, on_segv, SA_ONSTACK);
    on_alternate = 0;
    if (sigsetjmp(recover, 1) == 0) {
        recurse(0);
        printf("not reached\n");
    }
    printf("stack overflow caught: SIGSEGV handler on the alternate stack: %s, deeper than 100 calls: %s\n",
           on_alternate ? "yes" : "no", overflow_depth > 100 ? "yes" : "no");
    sigaltstack(0, &old);
    printf("afterwards: ss_flags %d\n", old.ss_flags);
    return 0;
}
