# SPDX-License-Identifier: MIT
# Basin: a tiny RISC-V 64 kernel running a sandboxed RV64 VM.
#   make run                      install what is missing, build, boot under QEMU
#   make run USER_ELF=prog.elf    the same with your own static RISC-V ELF embedded
#   make run USER_ELF=p.elf ARGS='one "two words"' ENV='KEY=value' STDIN=input.txt
#   make test                     install what is missing, build, run every test
#   make check SUITE=path/suite.txt   run a suite of programs in one boot: TAP, JUnit
#   make debug                    boot with QEMU waiting for gdb-multiarch (debug the kernel)
#   make gdb [USER_ELF=p.elf] [GDB_PORT=N]   debug the program: QEMU's serial port on
#                                 127.0.0.1:N (default 1234) carries gdb's packets
#   make sdcard [BOARD=name]      build/BOARD/sdcard.img for U-Boot's distro boot
#   make kernel BOARD=name        build/BOARD/kernel.elf and Image (boards: boot/boards/*.mk)
#   make run ENGINE=native        the native engine runs the program on the hart (default: interpreter)
#   V=1                           print each command in full instead of one short line a step
# Nothing here runs a tool at parse time, so `make run` works before the tools are installed.

BUILD    := build
CROSS    := riscv64-unknown-elf-
CC       := $(CROSS)gcc
NM       := $(CROSS)nm
OBJCOPY  := $(CROSS)objcopy
HOST_CC  ?= cc
BOARD    ?= qemu-virt

# Run-time settings of the program `make run` and `make kernel` embed. They are data in the
# image's program bundle (kernel/bundle.h), not compile-time defines: changing one repacks the
# bundle and relinks, and recompiles nothing. ARGS and ENV are quoted as in a shell.
USER_ELF ?= $(BUILD)/user/hello.elf
ARGS     ?=
ENV      ?=
STDIN    ?=
STDIN_IDLE ?= 300
BUDGET   ?= 100000000
OUTPUT_LIMIT ?= 1048576
CLOCK    ?= platform
SEED     ?= 0x9e3779b97f4a7c15
# The engine that runs the program: the interpreter (vm/, exact and deterministic) or the native
# engine (kernel/native.c: the hart runs the guest in U-mode under Sv39).
ENGINE   ?= interpreter
# gdb: the program waits at its entry for gdb on the console (make gdb sets it; the interpreter
# only).
DEBUGGER ?= none
GDB_PORT ?= 1234

# Quiet steps: one short line each ("CC kernel/main.c"); V=1 prints the commands instead.
V ?= 0
ifeq ($(V),1)
step =
quiet =
else
step = @printf '%-6s %s\n' '$(1)' '$(2)';
quiet = @
endif
define newline


endef

# Boards: boot/boards/NAME.mk gives each one's RAM base and image base (boot/README.md).
BOARDS := $(sort $(basename $(notdir $(wildcard boot/boards/*.mk))))
include $(wildcard boot/boards/*.mk)
ifeq ($(filter $(BOARD),$(BOARDS)),)
$(error basin: unknown BOARD=$(BOARD); the boards are: $(BOARDS))
endif
KDIR := $(BUILD)/$(BOARD)
board_link = -Wl,--defsym=KERNEL_BASE=$(BOARD_KERNEL_BASE.$(1)) -Wl,--defsym=RAM_BASE=$(BOARD_RAM_BASE.$(1))
# A USER_ELF or STDIN outside build/ must exist (files under build/ are made by the rules below).
ifneq ($(filter-out $(BUILD)/%,$(USER_ELF)),)
ifeq ($(wildcard $(USER_ELF)),)
$(error basin: USER_ELF=$(USER_ELF): no such file)
endif
endif
STDIN_FILE := $(filter-out console,$(STDIN))
ifneq ($(filter-out $(BUILD)/%,$(STDIN_FILE)),)
ifeq ($(wildcard $(STDIN_FILE)),)
$(error basin: STDIN=$(STDIN): no such file (STDIN=FILE embeds a file, STDIN=console reads the console))
endif
endif

WARNINGS := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wframe-larger-than=1024
# Linking picks picolibc's multilib by the exact -march, so links say rv64imac; compiling adds
# the CSR and fence.i extensions that GCC 12 no longer implies.
KERNEL_ARCH := -march=rv64imac -mabi=lp64
KERNEL_CFLAGS := $(KERNEL_ARCH) -mcmodel=medany --specs=picolibc.specs -std=c11 -O2 -g \
    -ffreestanding -fno-pie -fno-common -fno-stack-protector $(WARNINGS)
KERNEL_COMPILE := $(KERNEL_CFLAGS) -march=rv64imac_zicsr_zifencei
USER_CFLAGS := -march=rv64im -mabi=lp64 --specs=picolibc.specs -std=c11 -O2 -g -ffreestanding \
    -fno-pie -fno-common $(WARNINGS)
USER_LDFLAGS := -nostartfiles -static -T user/user.ld
# C programs built as users build them: stock GCC for rv64gc + Zba/Zbb/Zbs with picolibc. FP
# contraction off, so results are the same on every IEEE machine (native reference included).
PROGRAM_CFLAGS := -march=rv64gc_zba_zbb_zbs -mabi=lp64d --specs=picolibc.specs -std=c11 -O2 -g \
    -ffp-contract=off -fno-pie -fno-common $(WARNINGS)
HOST_CFLAGS := -std=c11 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
    -fno-sanitize-recover=all $(WARNINGS)
LINUX_CC := riscv64-linux-gnu-gcc
LINUX_CFLAGS := -static -O2 $(WARNINGS)

VM_SOURCES     := $(wildcard vm/*.c)
KERNEL_SOURCES := $(wildcard kernel/*.c)
BOOT_SOURCES   := $(wildcard boot/*.S)
# kernel/bundle.S is assembled per image, with the image's bundle (bundle_rule).
KERNEL_ASM_SOURCES := $(filter-out kernel/bundle.S,$(wildcard kernel/*.S))
KERNEL_OBJECTS := $(patsubst %.c,$(BUILD)/kernel-objects/%.o,$(KERNEL_SOURCES) $(VM_SOURCES)) \
                  $(patsubst %.S,$(BUILD)/kernel-objects/%.o,$(BOOT_SOURCES) $(KERNEL_ASM_SOURCES))
HEADERS        := $(wildcard vm/*.h kernel/*.h user/runtime/*.h)
PACK           := $(BUILD)/host/basin-pack

RUNTIME_OBJECTS := $(BUILD)/user/runtime/crt0.o $(BUILD)/user/runtime/syscall.o \
                   $(BUILD)/user/runtime/print.o
# Test programs: C ones link the runtime, assembly ones are complete by themselves.
TEST_C_PROGRAMS   := $(basename $(notdir $(wildcard user/tests/*.c)))
TEST_ASM_PROGRAMS := $(basename $(notdir $(wildcard user/tests/*.S)))
TEST_PROGRAMS     := $(TEST_C_PROGRAMS) $(TEST_ASM_PROGRAMS)
USER_ELVES := $(BUILD)/user/hello.elf $(TEST_PROGRAMS:%=$(BUILD)/user/tests/%.elf)
# Programs also built for the host, as the reference for their output.
NATIVE_PROGRAMS := $(BUILD)/native/hello $(BUILD)/native/checksum
# user/programs/: C programs with picolibc, run under basin-run, qemu-riscv64 and the kernel.
C_PROGRAMS := $(basename $(notdir $(wildcard user/programs/*.c)))
PROGRAM_RUNTIME := $(BUILD)/programs/runtime/crt0.o $(BUILD)/programs/runtime/syscall.o \
                   $(BUILD)/programs/runtime/stdio.o
PROGRAM_ELVES := $(C_PROGRAMS:%=$(BUILD)/programs/%.elf)
NATIVE_C_PROGRAMS := $(C_PROGRAMS:%=$(BUILD)/native/programs/%)
# user/linux/: unmodified static Linux programs built with Debian's glibc cross compiler.
LINUX_PROGRAMS := $(basename $(notdir $(wildcard user/linux/*.c)))
LINUX_ELVES := $(LINUX_PROGRAMS:%=$(BUILD)/linux/%.elf)
# The same sources with picolibc and Basin's runtime, where picolibc serves: all but those that
# need what picolibc, made for bare metal, lacks: clock_gettime (clocks.c), and sigaction,
# sigprocmask, sigaltstack and siglongjmp (its signals are raise() calling handlers itself).
LINUX_GLIBC_ONLY := clocks siginfo segv_handler fault_signals blocked_signal altstack outside_signal
LINUX_PICOLIBC_ELVES := $(patsubst %,$(BUILD)/linux-picolibc/%.elf,$(filter-out $(LINUX_GLIBC_ONLY),$(LINUX_PROGRAMS)))
# tests/elf/: malformed and hostile ELF files, generated; each must be refused with its own error.
BAD_ELVES := $(shell awk '!/^\#/ && NF {print $$1}' tests/elf/expected.txt)
# user/isa/: self-checking ISA tests, run under qemu-riscv64, basin-run and the kernel.
ISA_TESTS := $(basename $(notdir $(wildcard user/isa/*.S)))
ISA_ELVES := $(ISA_TESTS:%=$(BUILD)/user/isa/%.elf)

.PHONY: all kernel run debug gdb test deps deps-test deps-bench deps-debug deps-sdcard deps-check test-build host \
    host-tests user clean difftest fuzz fuzz-build sdcard qemu-board compile-commands check check-build
.DELETE_ON_ERROR:
# Runtime objects are inputs to users' own links (README), not throw-away intermediates.
.SECONDARY: $(RUNTIME_OBJECTS) $(PROGRAM_RUNTIME) $(BUILD)/tests/hello/Image

all: deps
	@$(MAKE) --no-print-directory kernel

run: deps qemu-board
	@$(MAKE) --no-print-directory kernel
	@echo "QEMU   $(KDIR)/kernel.elf"
	@qemu/run.sh $(KDIR)/kernel.elf

debug: deps-debug qemu-board
	@$(MAKE) --no-print-directory kernel
	qemu/run.sh --debug $(KDIR)/kernel.elf

# The program under gdb: its bundle says so (DEBUGGER=gdb), and QEMU's serial port is a TCP
# server on 127.0.0.1:GDB_PORT that waits for gdb before the machine starts. QEMU ends when the
# program does (it exits, or gdb kills or detaches and it runs to its end).
gdb: deps-debug qemu-board
	@$(MAKE) --no-print-directory kernel DEBUGGER=gdb
	@echo "QEMU   $(KDIR)/kernel.elf, its serial port waiting for gdb on 127.0.0.1:$(GDB_PORT). In another terminal:"
	@echo "  gdb-multiarch $(USER_ELF) -ex 'target remote 127.0.0.1:$(GDB_PORT)'"
	@qemu/run.sh --gdb-serial $(GDB_PORT) $(KDIR)/kernel.elf

# QEMU boots the qemu-virt build; the other boards' images are for their hardware (README).
qemu-board:
	@test "$(BOARD)" = qemu-virt || { echo "basin: BOARD=$(BOARD) runs on its own hardware:" \
	    "make kernel BOARD=$(BOARD) or make sdcard BOARD=$(BOARD), then see README, \"Boards\"" >&2; \
	    exit 1; }

sdcard: deps-sdcard
	@$(MAKE) --no-print-directory $(KDIR)/sdcard.img

test: deps-test
	@$(MAKE) --no-print-directory -j2 test-build
	@tests/run.sh

deps:
	@qemu/deps.sh run

deps-test:
	@qemu/deps.sh test

deps-bench:
	@qemu/deps.sh bench

deps-debug:
	@qemu/deps.sh debug

deps-sdcard:
	@qemu/deps.sh sdcard

kernel: $(KDIR)/kernel.elf $(KDIR)/Image $(BUILD)/compile_commands.json

user: $(USER_ELVES) $(PROGRAM_ELVES) $(PROGRAM_RUNTIME)

host-tests: $(BUILD)/host/vm-tests $(BUILD)/host/fdt-tests
	$(BUILD)/host/vm-tests
	$(BUILD)/host/fdt-tests

# The host runner: the same vm/ code, built natively (see README, "basin-run").
host: $(BUILD)/host/basin-run

# vm/ is compiled once for basin-run and basin-check, a file at a time (vm/dispatch.c, whose
# fused pairs make it the longest compile, beside the others).
HOST_VM_OBJECTS := $(patsubst %.c,$(BUILD)/host/objects/%.o,$(VM_SOURCES))

$(BUILD)/host/objects/%.o: %.c $(HEADERS)
	@mkdir -p $(@D)
	$(call step,CC,$<)$(HOST_CC) -std=c11 -O2 -g $(WARNINGS) -c $< -o $@

$(BUILD)/host/basin-run: $(HOST_VM_OBJECTS) $(wildcard vm/host/*.c vm/host/*.h) $(HEADERS)
	@mkdir -p $(@D)
	$(call step,CC,$@)$(HOST_CC) -std=c11 -O2 -g $(WARNINGS) -Ivm $(wildcard vm/host/*.c) $(HOST_VM_OBJECTS) -o $@

# The bundle packer (kernel/host/basin_pack.c): host code that writes what the kernel reads.
$(PACK): kernel/host/basin_pack.c kernel/host/words.c kernel/host/words.h kernel/bundle.h vm/process.h \
    vm/vm.h vm/elf.h
	@mkdir -p $(@D)
	$(call step,CC,$@)$(HOST_CC) -std=c11 -O2 -g $(WARNINGS) $< kernel/host/words.c -o $@

# The suite harness (kernel/host/basin_check.c; README, "Test your programs"). It links vm/ for
# the names the halting line uses (fault causes, signals, loader errors).
CHECK := $(BUILD)/host/basin-check
$(CHECK): kernel/host/basin_check.c kernel/host/words.c kernel/host/words.h kernel/console.h \
    $(HOST_VM_OBJECTS) $(HEADERS)
	@mkdir -p $(@D)
	$(call step,CC,$@)$(HOST_CC) -std=c11 -O2 -g $(WARNINGS) -Ivm $< kernel/host/words.c $(HOST_VM_OBJECTS) -o $@

# --- kernel ---------------------------------------------------------------------------------

# The kernel's objects do not depend on the program or its settings: those are data.
$(BUILD)/kernel-objects/%.o: %.c $(HEADERS) Makefile
	@mkdir -p $(@D)
	$(call step,CC,$<)$(CC) $(KERNEL_COMPILE) -fstack-usage -c $< -o $@

$(BUILD)/kernel-objects/%.o: %.S kernel/memlayout.h Makefile
	@mkdir -p $(@D)
	$(call step,AS,$<)$(CC) $(KERNEL_COMPILE) -Ikernel -c $< -o $@

# linker.ld takes its sizes from kernel/memlayout.h (their one source) through the C preprocessor.
LINKER_SCRIPT := $(BUILD)/linker.ld
$(LINKER_SCRIPT): linker.ld kernel/memlayout.h
	@mkdir -p $(@D)
	$(call step,CPP,$@)$(CC) -E -P -undef -x assembler-with-cpp $< -o $@

# An image's program bundle (kernel/bundle.h). Arguments: the image's directory, the ELF, the
# name of the variable holding its settings (key=value lines, read by basin-pack), and the stdin
# file if any. settings.txt is rewritten only when the settings change, and basin-pack leaves
# bundle.bin untouched when its bytes would not change, so that nothing relinks needlessly.
define bundle_rule
$(1)/settings.txt: FORCE | $(1)/.directory
	$$(file >$$@.new,$$($(3)))
	@if cmp -s $$@.new $$@; then rm -f $$@.new; else mv $$@.new $$@; fi
$(1)/bundle.bin: $(1)/settings.txt $(2) $(4) $(PACK) $(BOOT_SECRET)
	$(quiet)$(PACK) --secret-file $(BOOT_SECRET) --settings $(1)/settings.txt -o $$@
$(1)/bundle.o: kernel/bundle.S $(1)/bundle.bin
	$$(call step,AS,$$@)$(CC) $(KERNEL_CFLAGS) -DBUNDLE_PATH='"$(1)/bundle.bin"' -c $$< -o $$@
endef
FORCE:
# The build tree's secret part of the kernel's boot token (kernel/token.h), made once.
BOOT_SECRET := $(BUILD)/boot-secret
$(BOOT_SECRET):
	@mkdir -p $(@D)
	@printf '0x%s\n' "$$(od -A n -N 8 -t x8 /dev/urandom | tr -d ' ')" >$@
# make expands a whole recipe before running it, so $(file) needs the directory made before.
%/.directory:
	@mkdir -p $(@D) && touch $@

# A kernel image: the shared objects and the image's bundle, linked for a board (default
# qemu-virt, as the tests boot).
define image_rule
$(call bundle_rule,$(1),$(2),$(3),$(5))
$(1)/kernel.elf: $(KERNEL_OBJECTS) $(1)/bundle.o $(LINKER_SCRIPT) boot/boards/$(or $(4),qemu-virt).mk
	$$(call step,LD,$$@)$(CC) $(KERNEL_CFLAGS) -nostartfiles -T $(LINKER_SCRIPT) \
	    $$(call board_link,$(or $(4),qemu-virt)) -Wl,-Map=$(1)/kernel.map $(KERNEL_OBJECTS) \
	    $(1)/bundle.o -o $$@
endef

# The settings of the image `make kernel` and `make run` build (make's $(value) keeps ARGS and
# ENV as typed: basin-pack splits them as a shell would).
MAIN_SETTINGS = elf=$(USER_ELF)$(newline)args=$(value ARGS)$(newline)env=$(value ENV)$(newline)$\
    stdin=$(STDIN)$(newline)stdin-idle=$(STDIN_IDLE)$(newline)budget=$(BUDGET)$(newline)$\
    output-limit=$(OUTPUT_LIMIT)$(newline)clock=$(CLOCK)$(newline)seed=$(SEED)$(newline)$\
    engine=$(ENGINE)$(newline)debugger=$(DEBUGGER)
$(foreach b,$(BOARDS),$(eval $(call image_rule,$(BUILD)/$(b),$(USER_ELF),MAIN_SETTINGS,$(b),$(STDIN_FILE))))

# The flat image U-Boot's booti loads: the file bytes from the image header to the end of .data
# (.bss, guest memory and stacks are NOLOAD; the header's image_size counts them).
$(BUILD)/%/Image: $(BUILD)/%/kernel.elf
	$(call step,IMAGE,$@)$(OBJCOPY) -O binary $< $@

# An SD card image for U-Boot's distro boot: an MBR partition table with one bootable FAT
# partition (from 1 MiB) holding /Image and /extlinux/extlinux.conf. Built without root or loop
# devices: the partition is made as a file (mkfs.fat, mcopy), then put into the disk image.
# build/BOARD/sdcard.img for `make sdcard`; build/tests/hello/sdcard.img (QEMU virt) for the tests.
SDCARD_MIB := 16
$(BUILD)/%/sdcard.img: $(BUILD)/%/Image boot/extlinux.conf Makefile
	$(call step,SDCARD,$@)rm -rf $@.tmp && mkdir -p $@.tmp/extlinux
	@sed 's/@BOARD@/$(or $(BOARD_DESCRIPTION.$*),$(BOARD_DESCRIPTION.qemu-virt))/' boot/extlinux.conf \
	    > $@.tmp/extlinux/extlinux.conf
	@mkfs.fat -C -n BASIN -i 42415349 $@.tmp/boot.part $$(( ($(SDCARD_MIB) - 1) * 1024 )) >/dev/null
	@mcopy -i $@.tmp/boot.part -s $< $@.tmp/extlinux ::
	@truncate -s $(SDCARD_MIB)M $@.tmp/disk.img
	@printf 'label: dos\nlabel-id: 0x42415349\nstart=2048, type=e, bootable\n' | \
	    sfdisk --quiet $@.tmp/disk.img
	@dd if=$@.tmp/boot.part of=$@.tmp/disk.img bs=512 seek=2048 conv=notrunc status=none
	@mv $@.tmp/disk.img $@ && rm -rf $@.tmp

# --- make check: a suite of programs in one boot (README, "Test your programs") ------------------

SUITE  ?=
RUNNER ?= kernel
JUNIT  ?=
# How basin-check links a suite's image: the shared kernel objects and the bundle it packed.
define CHECK_LINK_SCRIPT
#!/bin/sh
# link.sh BUNDLE KERNEL.elf, written by the Makefile for basin-check (make check).
set -e
$(CC) $(KERNEL_CFLAGS) -DBUNDLE_PATH="\"$$1\"" -c kernel/bundle.S -o "$$2.bundle.o"
$(CC) $(KERNEL_CFLAGS) -nostartfiles -T $(LINKER_SCRIPT) $(call board_link,qemu-virt) $(KERNEL_OBJECTS) "$$2.bundle.o" -o "$$2"
endef
$(BUILD)/check/link.sh: Makefile | $(BUILD)/check/.directory
	$(file >$@,$(CHECK_LINK_SCRIPT))
	@chmod +x $@

check-build: $(KERNEL_OBJECTS) $(LINKER_SCRIPT) $(PACK) $(CHECK) $(BOOT_SECRET) $(BUILD)/check/link.sh \
    $(BUILD)/host/basin-run
	@:

# make check SUITE=path/suite.txt [RUNNER=kernel|host|qemu-user] [ONLY=glob] [JUNIT=path]
# [ENGINE=interpreter|native]: ENGINE is the engine of the programs whose line has no engine=. A
# Makefile beside the suite file is run first, to build the suite's programs.
check: deps-check
	@test -n "$(SUITE)" || { echo "basin: make check SUITE=path/suite.txt [RUNNER=kernel|host|qemu-user] [ONLY=glob] [JUNIT=path] [ENGINE=interpreter|native]" >&2; exit 2; }
	@test -f "$(SUITE)" || { echo "basin: SUITE=$(SUITE): no such file" >&2; exit 2; }
	@$(MAKE) --no-print-directory check-build
	@if [ -f "$(dir $(SUITE))Makefile" ]; then $(MAKE) -s --no-print-directory -C "$(dir $(SUITE))"; fi
	@$(CHECK) --suite "$(SUITE)" --runner "$(RUNNER)" --only '$(ONLY)' --engine "$(ENGINE)" $(if $(JUNIT),--junit "$(JUNIT)")

deps-check:
	@qemu/deps.sh check

# --- test images ------------------------------------------------------------------------------
# Most test programs run as suites, many to a boot (tests/suites/; make check's harness). These are
# the images tests/run.sh boots one by one: the boot paths, QEMU's exit statuses, console input,
# and the bounds timings. tests/run.sh reads each image's settings.txt to run the same program the
# same way under basin-run and qemu-riscv64.

# test_image(NAME, ELF, [extra settings as key=value words], [stdin file]); the images named in
# NATIVE_TWINS have a twin, build/tests/native-NAME, with the same settings and engine=native.
define test_image
SETTINGS.$(1) := elf=$(2)$$(if $(3),$$(newline)$$(subst $$(space),$$(newline),$(strip $(3))))$$(if $(4),$$(newline)stdin=$(4))
TEST_KERNELS += $(BUILD)/tests/$(1)/kernel.elf
$(call image_rule,$(BUILD)/tests/$(1),$(2),SETTINGS.$(1),,$(4))
$(if $(filter $(1),$(NATIVE_TWINS)),$(call native_twin,$(1),$(2),$(4)))
endef
# The native engine's boots of their own (tests/run.sh): QEMU's exit statuses, console input
# drained while the guest runs on the hart, and the board-like harts. Every other test program
# runs under both engines in the suites (tests/run.sh, 5a).
NATIVE_TWINS := hello exit_code null_read endless_loop linux-abort linux-stdin_stats-console \
    linux-stdin_stats-idle linux-mathlib gdb linux-ctrl_c-restart
# native_twin(NAME, ELF, [stdin file]): build/tests/native-NAME, NAME's settings and engine=native.
define native_twin
SETTINGS.native-$(1) = $$(SETTINGS.$(1))$$(newline)engine=native
TEST_KERNELS += $(BUILD)/tests/native-$(1)/kernel.elf
$(call image_rule,$(BUILD)/tests/native-$(1),$(2),SETTINGS.native-$(1),,$(3))
endef
empty :=
space := $(empty) $(empty)
TEST_KERNELS :=

$(eval $(call test_image,hello,$(BUILD)/user/hello.elf))
# QEMU's exit status for an exit, a fault, a budget and a signal.
$(foreach p,exit_code null_read endless_loop,$(eval $(call test_image,$(p),$(BUILD)/user/tests/$(p).elf)))
$(eval $(call test_image,linux-abort,$(BUILD)/linux/abort.elf,,tests/linux-input.txt))
# glibc's floating point on QEMU's sifive_u harts, under the native engine (its twin).
$(eval $(call test_image,linux-mathlib,$(BUILD)/linux/mathlib.elf,,tests/linux-input.txt))
# fd 0 from the console (STDIN=console): tests/run.sh types the input; or types nothing, and the
# idle limit ends the input.
$(eval $(call test_image,linux-stdin_stats-console,$(BUILD)/linux/stdin_stats.elf,stdin=console))
$(eval $(call test_image,linux-stdin_stats-idle,$(BUILD)/linux/stdin_stats.elf,stdin=console stdin-idle=2))
# Ctrl-C typed at the console while the program waits in read: SIGINT, then the read restarts
# (SA_RESTART) or fails with EINTR (user/linux/outside_signal.c).
$(eval $(call test_image,linux-ctrl_c-restart,$(BUILD)/linux/outside_signal.elf,stdin=console args=read-restart))
$(eval $(call test_image,linux-ctrl_c-eintr,$(BUILD)/linux/outside_signal.elf,stdin=console args=read-eintr))
# Guests that try to make their budget take longer than it should (user/tests/bounds_*.S, the
# system-call storm), and the tight loop tests/bounds.sh times them against, at one budget.
BOUNDS_BUDGET := 2000000
BOUNDS_PROGRAMS := endless_loop syscall_storm $(filter bounds_%,$(TEST_PROGRAMS))
$(foreach p,$(BOUNDS_PROGRAMS),\
    $(eval $(call test_image,bounds-$(p:bounds_%=%),$(BUILD)/user/tests/$(p).elf,budget=$(BOUNDS_BUDGET))))

# The program tests/gdb.sh debugs in the kernel (a budget no session reaches: gdb interrupts
# its endless loop).
$(eval $(call test_image,gdb,$(BUILD)/gdb/gdb_target.elf,debugger=gdb budget=1000000000000))

$(BUILD)/bad-elves/.made: $(BUILD)/host/make-bad-elves
	@mkdir -p $(@D)
	$(call step,GEN,$(@D))$(BUILD)/host/make-bad-elves $(@D)
	@touch $@
$(addprefix $(BUILD)/bad-elves/,$(BAD_ELVES)): $(BUILD)/bad-elves/.made
	@test -f $@

$(BUILD)/tests/empty.bin:
	@mkdir -p $(@D)
	@: > $@

# Kernels built with a test hook compiled in, each running hello: one that traps on purpose
# right after its banner (the panic path), one that writes to a guard page and one whose stack
# overflows into its guard page (both must trap at once).
define selftest_kernel
$(BUILD)/tests/$(1)/main.o: kernel/main.c $(HEADERS) Makefile
	@mkdir -p $$(@D)
	$$(call step,CC,$$@)$(CC) $(KERNEL_COMPILE) -D$(2) -c $$< -o $$@
SELFTEST_OBJECTS.$(1) := $(filter-out $(BUILD)/kernel-objects/kernel/main.o,$(KERNEL_OBJECTS)) \
    $(BUILD)/tests/$(1)/main.o $(BUILD)/tests/hello/bundle.o
$(BUILD)/tests/$(1)/kernel.elf: $$(SELFTEST_OBJECTS.$(1)) $(LINKER_SCRIPT)
	$$(call step,LD,$$@)$(CC) $(KERNEL_CFLAGS) -nostartfiles -T $(LINKER_SCRIPT) $$(call board_link,qemu-virt) \
	    $$(SELFTEST_OBJECTS.$(1)) -o $$@
$(BUILD)/tests/$(1)/settings.txt: $(BUILD)/tests/hello/settings.txt
	@cp $$< $$@
TEST_KERNELS += $(BUILD)/tests/$(1)/kernel.elf $(BUILD)/tests/$(1)/settings.txt
endef
$(eval $(call selftest_kernel,kernel_trap,BASIN_TRAP_SELFTEST))
$(eval $(call selftest_kernel,kernel_guard,BASIN_GUARD_SELFTEST))
$(eval $(call selftest_kernel,kernel_stack,BASIN_STACK_SELFTEST))

test-build: kernel $(USER_ELVES) $(foreach b,$(BOARDS),$(BUILD)/$(b)/Image $(BUILD)/$(b)/sdcard.img) \
    $(BUILD)/tests/hello/sdcard.img $(TEST_KERNELS) $(NATIVE_PROGRAMS) $(BUILD)/host/vm-tests \
    $(BUILD)/host/vm-tests-switch $(BUILD)/host/vm-tests-softfp $(BUILD)/host/basin-run-softfp \
    $(BUILD)/host/basin-run $(PROGRAM_ELVES) \
    $(NATIVE_C_PROGRAMS) $(ISA_ELVES) $(BUILD)/host/difftest-gen \
    $(BUILD)/host/difftest-compare $(LINUX_ELVES) $(LINUX_PICOLIBC_ELVES) \
    $(BUILD)/bad-elves/.made $(BUILD)/host/fdt-tests $(PACK) $(BUILD)/tests/empty.bin check-build

# --- user programs --------------------------------------------------------------------------

$(BUILD)/user/runtime/%.o: user/runtime/%.c user/runtime/basin.h Makefile
	@mkdir -p $(@D)
	$(call step,CC,$<)$(CC) $(USER_CFLAGS) -c $< -o $@

$(BUILD)/user/runtime/%.o: user/runtime/%.S Makefile
	@mkdir -p $(@D)
	$(call step,AS,$<)$(CC) $(USER_CFLAGS) -c $< -o $@

$(BUILD)/user/hello.elf: user/hello.c $(RUNTIME_OBJECTS) user/user.ld Makefile
	@mkdir -p $(@D)
	$(call step,CC,$@)$(CC) $(USER_CFLAGS) $(USER_LDFLAGS) $(RUNTIME_OBJECTS) $< -o $@

$(BUILD)/user/tests/forge_loop.elf: user/tests/forge.c
$(BUILD)/user/tests/%.elf: user/tests/%.c $(RUNTIME_OBJECTS) user/user.ld Makefile
	@mkdir -p $(@D)
	$(call step,CC,$@)$(CC) $(USER_CFLAGS) $(USER_LDFLAGS) $(RUNTIME_OBJECTS) $< -o $@

$(BUILD)/user/tests/%.elf: user/tests/%.S user/user.ld Makefile
	@mkdir -p $(@D)
	$(call step,AS,$@)$(CC) $(USER_CFLAGS) -march=rv64gc -nostdlib -static -T user/user.ld \
	    -Wl,--no-warn-rwx-segments $< -o $@

$(BUILD)/programs/runtime/%.o: user/runtime/%.c user/runtime/basin.h Makefile
	@mkdir -p $(@D)
	$(call step,CC,$@)$(CC) $(PROGRAM_CFLAGS) -c $< -o $@

$(BUILD)/programs/runtime/%.o: user/runtime/%.S Makefile
	@mkdir -p $(@D)
	$(call step,AS,$@)$(CC) $(PROGRAM_CFLAGS) -c $< -o $@

$(BUILD)/programs/%.elf: user/programs/%.c $(PROGRAM_RUNTIME) user/user.ld Makefile
	@mkdir -p $(@D)
	$(call step,CC,$@)$(CC) $(PROGRAM_CFLAGS) -nostartfiles -static -T user/user.ld $(PROGRAM_RUNTIME) $< -lm -o $@

# user/gdb/: the program tests/gdb.sh debugs, built as user/programs/ are but -O0, so that gdb
# finds every argument and local.
GDB_TARGET := $(BUILD)/gdb/gdb_target.elf
$(GDB_TARGET): user/gdb/gdb_target.c $(PROGRAM_RUNTIME) user/user.ld Makefile
	@mkdir -p $(@D)
	$(call step,CC,$@)$(CC) $(PROGRAM_CFLAGS) -O0 -nostartfiles -static -T user/user.ld $(PROGRAM_RUNTIME) $< -lm -o $@

$(BUILD)/native/programs/%: user/programs/%.c
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) -std=c11 -O2 -ffp-contract=off $(WARNINGS) $< -lm -o $@

$(BUILD)/linux-picolibc/%.elf: user/linux/%.c $(PROGRAM_RUNTIME) user/user.ld Makefile
	@mkdir -p $(@D)
	$(call step,CC,$@)$(CC) $(PROGRAM_CFLAGS) -nostartfiles -static -T user/user.ld $(PROGRAM_RUNTIME) $< -lm -o $@

$(BUILD)/linux/%.elf: user/linux/%.c Makefile
	@mkdir -p $(@D)
	$(call step,CC,$@)$(LINUX_CC) $(LINUX_CFLAGS) $< -o $@ -lm

# zifencei.S keeps code in a writable section on purpose (self-modifying code).
$(BUILD)/user/isa/%.elf: user/isa/%.S user/isa/isa.h user/user.ld Makefile
	@mkdir -p $(@D)
	$(call step,AS,$@)$(CC) -march=rv64gc_zba_zbb_zbs -mabi=lp64d -nostdlib -static -T user/user.ld -Iuser/isa \
	    -Wl,--no-warn-rwx-segments $< -o $@

# The same C sources built for the host: the reference output for the tests.
$(BUILD)/native/%: user/tests/%.c user/runtime/print.c user/runtime/host.c user/runtime/basin.h
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) -std=c11 -O2 $(WARNINGS) $< user/runtime/print.c user/runtime/host.c -o $@

$(BUILD)/native/hello: user/hello.c user/runtime/print.c user/runtime/host.c user/runtime/basin.h
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) -std=c11 -O2 $(WARNINGS) $< user/runtime/print.c user/runtime/host.c -o $@

# --- fuzzing (tests/fuzz/): libFuzzer under ASan and UBSan -------------------------------------

FUZZ_SECONDS ?= 60

# make fuzz FUZZ_SECONDS=N: each target (ELF loader, interpreter, system calls, GDB stub, F and D
# against softfloat, and the kernel's device-tree reader). tests/fuzz/run.sh builds them with `make fuzz-build` once it knows
# clang can build a libFuzzer target here; vm/ is compiled once for all of them.
fuzz: deps-test
	tests/fuzz/run.sh $(FUZZ_SECONDS)

FUZZ_TARGETS := elf interpreter syscall gdbstub fp fdt
FUZZ_CFLAGS := -std=c11 -Wall -Wextra -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_VM_OBJECTS := $(patsubst %.c,$(BUILD)/fuzz/objects/%.o,$(VM_SOURCES))
FUZZ_FDT_SOURCES := kernel/fdt.c tests/fdt/host_panic.c

fuzz-build: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/fuzz_%)
# Kept between builds (make deletes a pattern rule's intermediate files otherwise).
.SECONDARY: $(FUZZ_VM_OBJECTS)

$(BUILD)/fuzz/objects/%.o: %.c $(HEADERS) Makefile
	@mkdir -p $(@D)
	$(call step,FUZZCC,$<)clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_OBJECT_FLAGS) -Ivm -c $< -o $@

# vm/dispatch.c without UBSan: clang 14 takes minutes (more than three) to instrument its threaded
# loop (about 1,800 labels, most of them fused pairs) for UBSan, seconds for ASan and
# coverage; the unit tests run that file under GCC's UBSan.
$(BUILD)/fuzz/objects/vm/dispatch.o: FUZZ_OBJECT_FLAGS := -fno-sanitize=undefined

$(BUILD)/fuzz/fuzz_fdt: tests/fuzz/fuzz_fdt.c $(FUZZ_FDT_SOURCES) $(HEADERS) Makefile
	@mkdir -p $(@D)
	$(call step,FUZZLD,$@)clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -Ikernel $(FUZZ_FDT_SOURCES) $< -o $@

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_VM_OBJECTS) $(HEADERS) Makefile
	@mkdir -p $(@D)
	$(call step,FUZZLD,$@)clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -Ivm $< $(FUZZ_VM_OBJECTS) -o $@

# --- differential testing against qemu-riscv64 (tests/difftest/) ---------------------------------

SEEDS      ?= 1000
FIRST_SEED ?= 1

# make difftest SEEDS=N [FIRST_SEED=K]: N random programs, basin-run against qemu-riscv64.
difftest: deps-test
	@$(MAKE) --no-print-directory $(BUILD)/host/basin-run $(BUILD)/host/difftest-gen \
	    $(BUILD)/host/difftest-compare
	tests/difftest/run.sh $(BUILD)/host/basin-run $(FIRST_SEED) $(SEEDS)

$(BUILD)/host/make-bad-elves: tests/elf/make_bad_elves.c
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) -std=c11 -O2 $(WARNINGS) $< -o $@

$(BUILD)/host/difftest-%: tests/difftest/%.c tests/difftest/layout.h
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) -std=c11 -O2 $(WARNINGS) $< -o $@

# --- host unit tests of vm/ (AddressSanitizer + UBSan) --------------------------------------
# (-lm: fenv.h, for the host FPU's state around a run.) vm/dispatch.c is compiled on its own, so
# that it builds beside the rest: in the switch and soft-FP forms without UBSan, which takes
# most of its compile time (its fused pairs); the threaded form's build has it.
UNIT_SOURCES := $(filter-out vm/dispatch.c,$(VM_SOURCES)) $(wildcard tests/unit/*.c)
UNIT_DEPENDS := $(VM_SOURCES) $(wildcard tests/unit/*.c tests/unit/*.h) $(HEADERS)

$(BUILD)/host/unit/dispatch-threaded.o: UNIT_DISPATCH_FLAGS :=
$(BUILD)/host/unit/dispatch-switch.o: UNIT_DISPATCH_FLAGS := -fno-sanitize=undefined -DVM_SWITCH_DISPATCH
$(BUILD)/host/unit/dispatch-softfp.o: UNIT_DISPATCH_FLAGS := -fno-sanitize=undefined -DVM_SOFT_FP
$(BUILD)/host/unit/dispatch-%.o: vm/dispatch.c $(HEADERS)
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) $(HOST_CFLAGS) $(UNIT_DISPATCH_FLAGS) -c $< -o $@

$(BUILD)/host/vm-tests: $(UNIT_DEPENDS) $(BUILD)/host/unit/dispatch-threaded.o
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) $(HOST_CFLAGS) -Ivm $(UNIT_SOURCES) $(BUILD)/host/unit/dispatch-threaded.o -o $@ -lm

# The same tests on the dispatch loop's portable form (a switch instead of computed goto).
$(BUILD)/host/vm-tests-switch: $(UNIT_DEPENDS) $(BUILD)/host/unit/dispatch-switch.o
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) $(HOST_CFLAGS) -DVM_SWITCH_DISPATCH -Ivm $(UNIT_SOURCES) $(BUILD)/host/unit/dispatch-switch.o -o $@ -lm

# The same tests without the host FPU fast path: F and D all in softfloat, as in the kernel
# (vm/fpu_host.h), and basin-run built the same way for the FP ISA tests.
$(BUILD)/host/vm-tests-softfp: $(UNIT_DEPENDS) $(BUILD)/host/unit/dispatch-softfp.o
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) $(HOST_CFLAGS) -DVM_SOFT_FP -Ivm $(UNIT_SOURCES) $(BUILD)/host/unit/dispatch-softfp.o -o $@ -lm

$(BUILD)/host/basin-run-softfp: $(VM_SOURCES) $(wildcard vm/host/*.c) $(HEADERS)
	@mkdir -p $(@D)
	$(call step,CC,$@)$(HOST_CC) -std=c11 -O2 -g -DVM_SOFT_FP $(WARNINGS) $(VM_SOURCES) $(wildcard vm/host/*.c) -o $@

# --- host unit tests of kernel/fdt.c (the device-tree reader), kernel/uart.c and kernel/bundle.c
# (tests/fdt/) -----------------------------------------------------------------------------------

# The trees it is tested against: tests/fdt/*.dts compiled by dtc, and QEMU's own virt tree for
# the machine the QEMU tests boot (dumpdtb writes it and exits; the file is 1 MiB, the tree in it
# much smaller).
FDT_TREES := $(patsubst tests/fdt/%.dts,$(BUILD)/fdt/%.dtb,$(wildcard tests/fdt/*.dts)) \
             $(BUILD)/fdt/qemu-virt-dump.dtb
# kernel/fdt.c as the kernel has it, with panic.h's functions printing and aborting.
FDT_TEST_SOURCES := kernel/fdt.c kernel/uart.c kernel/bundle.c $(wildcard tests/fdt/*.c) tests/unit/check.c

$(BUILD)/fdt/%.dtb: tests/fdt/%.dts
	@mkdir -p $(@D)
	$(call step,DTC,$@)dtc -I dts -O dtb -o $@ $<

$(BUILD)/fdt/qemu-virt-dump.dtb:
	@mkdir -p $(@D)
	$(call step,DTB,$@)qemu-system-riscv64 -M virt,dumpdtb=$@ -m 128M -smp 4 -nographic >/dev/null

# A bundle basin-pack writes from tests/fdt/bundle.settings, for the reader's tests.
$(BUILD)/fdt/test-bundle.bin: tests/fdt/bundle.settings $(PACK)
	@mkdir -p $(@D)
	@printf '\177ELFbytes' >$(BUILD)/fdt/bundle-elf.bin
	@printf 'stdin\r\004bytes\n\000end' >$(BUILD)/fdt/bundle-stdin.bin
	@printf '0x1234567890abcdef\n' >$(BUILD)/fdt/bundle-secret
	$(quiet)$(PACK) --secret-file $(BUILD)/fdt/bundle-secret --settings $< -o $@

$(BUILD)/host/fdt-tests: $(FDT_TEST_SOURCES) $(wildcard tests/fdt/*.h) tests/unit/check.h \
    kernel/fdt.h kernel/uart.h kernel/panic.h kernel/bundle.h kernel/bundle_reader.h $(FDT_TREES) \
    $(BUILD)/fdt/test-bundle.bin
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) $(HOST_CFLAGS) -Ikernel -Itests/unit -DFDT_TREE_DIR='"$(BUILD)/fdt"' \
	    $(FDT_TEST_SOURCES) -o $@

# --- compile_commands.json for clangd and clang-tidy -------------------------------------------
# Every C and assembly source with the flags it is built with, written as clang takes them (the
# cross builds use GCC, whose --specs clang lacks: --target and picolibc's include directory stand
# in for it). clangd finds build/compile_commands.json by itself; clang-tidy: -p build.
PICOLIBC_INCLUDE := /usr/lib/picolibc/riscv64-unknown-elf/include
CLANG_KERNEL := clang --target=riscv64-unknown-elf -march=rv64imac -mabi=lp64 -mcmodel=medany \
    -isystem $(PICOLIBC_INCLUDE) -std=c11 -O2 -ffreestanding -fno-pie -fno-common $(WARNINGS)
CLANG_USER := clang --target=riscv64-unknown-elf -march=rv64im -mabi=lp64 -isystem $(PICOLIBC_INCLUDE) \
    -std=c11 -O2 -ffreestanding -fno-pie -fno-common $(WARNINGS)
CLANG_PROGRAM := clang --target=riscv64-unknown-elf -march=rv64gc_zba_zbb_zbs -mabi=lp64d \
    -isystem $(PICOLIBC_INCLUDE) -std=c11 -O2 -ffp-contract=off -fno-pie -fno-common $(WARNINGS)
CLANG_LINUX := clang --target=riscv64-linux-gnu -isystem /usr/riscv64-linux-gnu/include -O2 $(WARNINGS)
CLANG_HOST := clang $(HOST_CFLAGS)
# source: command prefix (the source is appended, after -c).
COMPILE_GROUPS := \
    "$(CLANG_KERNEL)|$(KERNEL_SOURCES) $(BOOT_SOURCES) $(wildcard kernel/*.S)" \
    "$(CLANG_HOST) -Ivm|$(VM_SOURCES) $(wildcard vm/host/*.c tests/unit/*.c)" \
    "$(CLANG_HOST)|$(wildcard kernel/host/*.c tests/difftest/*.c tests/elf/*.c)" \
    "$(CLANG_HOST) -Ikernel -Itests/unit|$(wildcard tests/fdt/*.c)" \
    "$(CLANG_HOST) -fsanitize=fuzzer -Ivm -Ikernel|$(wildcard tests/fuzz/*.c)" \
    "$(CLANG_USER)|$(wildcard user/runtime/*.c user/runtime/*.S user/tests/*.c user/tests/*.S) user/hello.c" \
    "$(CLANG_PROGRAM)|$(wildcard user/programs/*.c user/gdb/*.c)" \
    "$(CLANG_PROGRAM) -Iuser/isa|$(wildcard user/isa/*.S)" \
    "$(CLANG_LINUX)|$(wildcard user/linux/*.c user/bench/*.c tests/example-suite/src/*.c)" \
    "$(CLANG_USER)|$(wildcard tests/many-programs/*.S)"
compile-commands: $(BUILD)/compile_commands.json
# Made again at every build (sources come and go), written only when it changes.
$(BUILD)/compile_commands.json: FORCE
	@mkdir -p $(@D)
	@{ echo '['; for group in $(COMPILE_GROUPS); do \
	    command=$${group%%|*}; for file in $${group#*|}; do \
	    printf '  {"directory": "%s", "file": "%s", "command": "%s -c %s"}\n' \
	        "$(CURDIR)" "$$file" "$$command" "$$file"; done; done | sed '$$!s/$$/,/'; echo ']'; } >$@.new
	@if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@ && echo "GEN    $@"; fi

clean:
	rm -rf $(BUILD)
include user/bench/bench.mk
