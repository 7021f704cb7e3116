/* basin-run: runs a static RISC-V ELF in the Basin VM on the host, with the kernel's system-call
 * behaviour (the same vm/ code and run loop), and exits with the guest's status.
 *   basin-run [--budget N] [--trace] [--] prog.elf [args...]
 * Guest stdout/stderr go to ours; the halting line and diagnostics go to stderr. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../elf.h"
#include "../process.h"
#include "../report.h"
#include "../syscall.h"
#include "../vm.h"

enum { STATUS_USAGE = 2, STATUS_LOAD_FAILED = 126, MAX_FILE_SIZE = 64 << 20 };

/* Static storage, as in the kernel: the VM, its memory and the file are never allocated. */
static struct vm guest;
static uint8_t guest_memory[VM_MEMORY_SIZE];
static uint8_t file_bytes[MAX_FILE_SIZE];

_Noreturn void vm_assert_failed(const char *expression, const char *file, int line) {
    fprintf(stderr, "basin-run: internal error: assertion failed: %s at %s:%d\n", expression,
            file, line);
    abort();
}

/* write(2) until everything is out: guest output must not be lost or reordered. */
static void write_all(int fd, const uint8_t *bytes, size_t length) {
    for (size_t done = 0; done < length;) {
        ssize_t n = write(fd, bytes + done, length - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return; /* a closed pipe: the guest's output has nowhere to go */
        done += (size_t)n;
    }
}

static void host_write(void *context, int fd, const uint8_t *bytes, size_t length) {
    (void)context;
    write_all(fd, bytes, length);
}

static void host_log(void *context, const char *line) {
    (void)context;
    fprintf(stderr, "%s\n", line);
}

static void usage(void) {
    fprintf(stderr,
            "usage: basin-run [--budget N] [--trace] [--] PROGRAM.elf [ARGUMENTS...]\n"
            "  Runs a static RISC-V (RV64GC, Zba, Zbb, Zbs) ELF in the Basin VM.\n"
            "  --budget N  stop after N instructions (default %llu): vm: budget-exhausted\n"
            "  --trace     print every instruction (pc, encoding, disassembly) on stderr\n"
            "  Exit status: the guest's exit status; 128 + signal for a fault (132 illegal\n"
            "  instruction, 133 breakpoint, 135 misaligned atomic, 139 access fault), 152 when\n"
            "  the budget runs out, 126 when the file cannot be loaded.\n",
            (unsigned long long)VM_DEFAULT_BUDGET);
}

static size_t read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (file == 0) {
        fprintf(stderr, "basin-run: cannot open %s: %s\n", path, strerror(errno));
        exit(STATUS_LOAD_FAILED);
    }
    size_t size = fread(file_bytes, 1, sizeof file_bytes, file);
    bool too_large = size == sizeof file_bytes && fgetc(file) != EOF;
    bool failed = ferror(file) != 0;
    fclose(file);
    if (failed || too_large) {
        fprintf(stderr, "basin-run: cannot read %s: %s\n", path,
                too_large ? "larger than 64 MiB" : "read error");
        exit(STATUS_LOAD_FAILED);
    }
    return size;
}

static void load_or_exit(const char *path, int argc, char **argv) {
    size_t size = read_file(path);
    struct vm_elf_info info;
    enum vm_elf_error error = vm_elf_load(&guest, file_bytes, size, &info);
    if (error != VM_ELF_OK) {
        fprintf(stderr, "vm: load-failed error=%s (%s)\n", vm_elf_error_name(error),
                vm_elf_error_message(error));
        exit(STATUS_LOAD_FAILED);
    }
    if (!vm_setup_stack(&guest, &info, (const char *const *)argv, (size_t)argc, 0, 0)) {
        fprintf(stderr, "vm: load-failed error=no-stack-room (the arguments do not fit, or the "
                        "image leaves no room for the initial stack)\n");
        exit(STATUS_LOAD_FAILED);
    }
}

static bool parse_budget(const char *text, uint64_t *budget) {
    char *end = 0;
    errno = 0;
    unsigned long long value = strtoull(text, &end, 0);
    if (errno != 0 || end == text || *end != '\0' || text[0] == '-') return false;
    *budget = value;
    return true;
}

int main(int argc, char **argv) {
    uint64_t budget = VM_DEFAULT_BUDGET;
    bool trace = false;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--") == 0) { i++; break; }
        if (strcmp(argv[i], "--trace") == 0) { trace = true; continue; }
        if (strcmp(argv[i], "--help") == 0) { usage(); return 0; }
        if (strcmp(argv[i], "--budget") == 0 && i + 1 < argc && parse_budget(argv[i + 1], &budget)) {
            i++;
            continue;
        }
        fprintf(stderr, "basin-run: bad option %s\n", argv[i]);
        usage();
        return STATUS_USAGE;
    }
    if (i >= argc) {
        usage();
        return STATUS_USAGE;
    }
    vm_init(&guest, guest_memory, sizeof guest_memory, budget);
    load_or_exit(argv[i], argc - i, argv + i);
    struct vm_host host = {.write = host_write, .log = host_log, .trace = trace ? host_log : 0};
    vm_run_guest(&guest, &host);
    char line[VM_HALTING_LINE_MAX];
    vm_halting_line(&guest, line, sizeof line);
    fprintf(stderr, "%s\n", line);
    return vm_exit_status(&guest);
}
