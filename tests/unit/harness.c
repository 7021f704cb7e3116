/* SPDX-License-Identifier: MIT */
#include "harness.h"

#include <string.h>

#include "memory_map.h"
#include "process.h"

struct vm test_vm;
uint8_t test_memory[VM_MEMORY_SIZE];

void harness_start(const uint32_t *code, size_t count, uint64_t budget) {
    vm_init(&test_vm, test_memory, sizeof test_memory, budget);
    vm_process_init(&test_vm, VM_DEFAULT_SEED, VM_DEFAULT_OUTPUT_LIMIT);
    /* Instruction tests run on flat memory: every page but the null page readable, writable and
     * executable. Tests of the memory map and permissions set up their own. */
    vm_map_grant(&test_vm, VM_NULL_PAGE_SIZE, VM_MEMORY_SIZE, VM_PROT_RWX);
    if (count > 0) memcpy(test_memory + CODE_BASE, code, count * sizeof code[0]);
    test_vm.pc = CODE_BASE;
}

static void capture_write(void *context, int fd, const uint8_t *bytes, size_t length) {
    struct capture *c = context;
    size_t room = sizeof c->out - 1 - c->out_length;
    size_t n = length < room ? length : room;
    memcpy(c->out + c->out_length, bytes, n);
    c->out_length += n;
    c->out[c->out_length] = '\0';
    c->last_fd = fd;
}

static void capture_log(void *context, const char *line) {
    struct capture *c = context;
    size_t n = strlen(line);
    if (c->log_length + n + 2 > sizeof c->log) return;
    memcpy(c->log + c->log_length, line, n);
    c->log_length += n;
    c->log[c->log_length++] = '\n';
    c->log[c->log_length] = '\0';
    c->log_lines++;
}

void capture_host(struct capture *capture, struct vm_host *host) {
    memset(capture, 0, sizeof *capture);
    capture->last_fd = -1;
    /* Every field: what a test leaves unset (read, clock, poll, debugger, another engine) is
     * absent. */
    *host = (struct vm_host){.context = capture, .write = capture_write, .log = capture_log};
}
