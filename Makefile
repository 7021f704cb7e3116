# SPDX-License-Identifier: MIT
# Basin: a tiny RISC-V 64 kernel running a sandboxed RV64 VM.
#   make run                      install what is missing, build, boot under QEMU
#   make run USER_ELF=prog.elf    the same with your own static RISC-V ELF embedded
#   make test                     install what is missing, build, run every test
#   make debug                    boot with QEMU waiting for gdb-multiarch
#   make sdcard [BOARD=name]      build/BOARD/sdcard.img for U-Boot's distro boot
#   make kernel BOARD=name        build/BOARD/kernel.elf and Image (boards: boot/boards/*.mk)
# Nothing here runs a tool at parse time, so `make run` works before the tools are installed.

BUILD    := build
CROSS    := riscv64-unknown-elf-
CC       := $(CROSS)gcc
NM       := $(CROSS)nm
OBJCOPY  := $(CROSS)objcopy
HOST_CC  ?= cc

USER_ELF ?= $(BUILD)/user/hello.elf
BUDGET   ?= 100000000
CLOCK    ?= platform
SEED     ?= 0x9e3779b97f4a7c15
OUTPUT_LIMIT ?= 1048576
BOARD    ?= qemu-virt

# Boards: boot/boards/NAME.mk gives each one's RAM base and image base (boot/README.md).
BOARDS := $(sort $(basename $(notdir $(wildcard boot/boards/*.mk))))
include $(wildcard boot/boards/*.mk)
ifeq ($(filter $(BOARD),$(BOARDS)),)
$(error basin: unknown BOARD=$(BOARD); the boards are: $(BOARDS))
endif
KDIR := $(BUILD)/$(BOARD)
board_link = -Wl,--defsym=KERNEL_BASE=$(BOARD_KERNEL_BASE.$(1)) -Wl,--defsym=RAM_BASE=$(BOARD_RAM_BASE.$(1))
# A USER_ELF outside build/ must exist (files under build/ are made by the rules below).
ifneq ($(filter-out $(BUILD)/%,$(USER_ELF)),)
ifeq ($(wildcard $(USER_ELF)),)
$(error basin: USER_ELF=$(USER_ELF): no such file)
endif
endif

WARNINGS := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wframe-larger-than=1024
# Linking picks picolibc's multilib by the exact -march, so links say rv64imac; compiling adds
# the CSR and fence.i extensions that GCC 12 no longer implies.
KERNEL_ARCH := -march=rv64imac -mabi=lp64
KERNEL_CFLAGS := $(KERNEL_ARCH) -mcmodel=medany --specs=picolibc.specs -std=c11 -O2 -g \
    -ffreestanding -fno-pie -fno-common -fno-stack-protector $(WARNINGS)
USER_CFLAGS := -march=rv64im -mabi=lp64 --specs=picolibc.specs -std=c11 -O2 -g -ffreestanding \
    -fno-pie -fno-common $(WARNINGS)
USER_LDFLAGS := -nostartfiles -static -T user/user.ld
# C programs built as users build them: stock GCC for rv64gc + Zba/Zbb/Zbs with picolibc. FP
# contraction off, so results are the same on every IEEE machine (native reference included).
PROGRAM_CFLAGS := -march=rv64gc_zba_zbb_zbs -mabi=lp64d --specs=picolibc.specs -std=c11 -O2 -g \
    -ffp-contract=off -fno-pie -fno-common $(WARNINGS)
HOST_CFLAGS := -std=c11 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
    -fno-sanitize-recover=all $(WARNINGS)

VM_SOURCES     := $(wildcard vm/*.c)
KERNEL_SOURCES := $(wildcard kernel/*.c)
BOOT_SOURCES   := $(wildcard boot/*.S)
KERNEL_OBJECTS := $(patsubst %.c,$(BUILD)/kernel-objects/%.o,$(KERNEL_SOURCES) $(VM_SOURCES)) \
                  $(patsubst %.S,$(BUILD)/kernel-objects/%.o,$(BOOT_SOURCES))
HEADERS        := $(wildcard vm/*.h kernel/*.h user/runtime/*.h)

RUNTIME_OBJECTS := $(BUILD)/user/runtime/crt0.o $(BUILD)/user/runtime/syscall.o \
                   $(BUILD)/user/runtime/print.o
# Test programs: C ones link the runtime, assembly ones are complete by themselves.
TEST_C_PROGRAMS   := $(basename $(notdir $(wildcard user/tests/*.c)))
TEST_ASM_PROGRAMS := $(basename $(notdir $(wildcard user/tests/*.S)))
TEST_PROGRAMS     := $(TEST_C_PROGRAMS) $(TEST_ASM_PROGRAMS)
USER_ELVES := $(BUILD)/user/hello.elf $(TEST_PROGRAMS:%=$(BUILD)/user/tests/%.elf)
# Files the kernel must refuse to load: a host (x86-64) executable and an empty file.
REFUSED_FILES := refuse_host_elf:$(BUILD)/native/hello refuse_empty_file:$(BUILD)/tests/empty.bin
TEST_KERNELS := $(TEST_PROGRAMS:%=$(BUILD)/tests/%/kernel.elf) $(BUILD)/tests/hello/kernel.elf \
                $(BUILD)/tests/kernel_trap/kernel.elf $(BUILD)/tests/kernel_guard/kernel.elf \
                $(BUILD)/tests/small_budget_syscall_storm/kernel.elf \
                $(BUILD)/tests/small_budget_write_flood/kernel.elf \
                $(BUILD)/tests/small_budget_output_flood/kernel.elf \
                $(foreach r,$(REFUSED_FILES),$(BUILD)/tests/$(firstword $(subst :, ,$(r)))/kernel.elf)
# Programs also built for the host, as the reference for their output.
NATIVE_PROGRAMS := $(BUILD)/native/hello $(BUILD)/native/checksum
# user/programs/: C programs with picolibc, run under basin-run, qemu-riscv64 and the kernel.
C_PROGRAMS := $(basename $(notdir $(wildcard user/programs/*.c)))
PROGRAM_RUNTIME := $(BUILD)/programs/runtime/crt0.o $(BUILD)/programs/runtime/syscall.o \
                   $(BUILD)/programs/runtime/stdio.o
PROGRAM_ELVES := $(C_PROGRAMS:%=$(BUILD)/programs/%.elf)
PROGRAM_KERNELS := $(C_PROGRAMS:%=$(BUILD)/tests/program-%/kernel.elf)
# user/linux/: unmodified static Linux programs built with Debian's glibc cross compiler.
LINUX_CC := riscv64-linux-gnu-gcc
LINUX_PROGRAMS := $(basename $(notdir $(wildcard user/linux/*.c)))
LINUX_ELVES := $(LINUX_PROGRAMS:%=$(BUILD)/linux/%.elf)
LINUX_KERNELS := $(LINUX_PROGRAMS:%=$(BUILD)/tests/linux-%/kernel.elf)
# The same sources with picolibc and Basin's runtime, where picolibc serves: all but those that
# need what picolibc, made for bare metal, lacks: clock_gettime (clocks.c), and sigaction,
# sigprocmask, sigaltstack and siglongjmp (its signals are raise() calling handlers itself).
LINUX_GLIBC_ONLY := clocks siginfo segv_handler fault_signals blocked_signal altstack
LINUX_PICOLIBC_ELVES := $(patsubst %,$(BUILD)/linux-picolibc/%.elf,$(filter-out $(LINUX_GLIBC_ONLY),$(LINUX_PROGRAMS)))
# tests/elf/: malformed and hostile ELF files, generated; each must be refused with its own error.
BAD_ELVES := $(shell awk '!/^\#/ && NF {print $$1}' tests/elf/expected.txt)
BAD_ELF_KERNELS := $(BAD_ELVES:%.elf=$(BUILD)/tests/bad-%/kernel.elf)
# user/isa/: self-checking ISA tests, run under qemu-riscv64, basin-run and the kernel.
ISA_TESTS := $(basename $(notdir $(wildcard user/isa/*.S)))
ISA_ELVES := $(ISA_TESTS:%=$(BUILD)/user/isa/%.elf)
ISA_KERNELS := $(ISA_TESTS:%=$(BUILD)/tests/isa-%/kernel.elf)
NATIVE_C_PROGRAMS := $(C_PROGRAMS:%=$(BUILD)/native/programs/%)

.PHONY: all kernel run debug test deps deps-test deps-debug deps-sdcard test-build host host-tests \
    user clean difftest fuzz sdcard qemu-board
.DELETE_ON_ERROR:
# Runtime objects are inputs to users' own links (README), not throw-away intermediates.
.SECONDARY: $(RUNTIME_OBJECTS) $(PROGRAM_RUNTIME)

all: deps
	@$(MAKE) --no-print-directory kernel

run: deps qemu-board
	@$(MAKE) --no-print-directory kernel
	qemu/run.sh $(KDIR)/kernel.elf

debug: deps-debug qemu-board
	@$(MAKE) --no-print-directory kernel
	qemu/run.sh --debug $(KDIR)/kernel.elf

# QEMU boots the qemu-virt build; the other boards' images are for their hardware (README).
qemu-board:
	@test "$(BOARD)" = qemu-virt || { echo "basin: BOARD=$(BOARD) runs on its own hardware:" \
	    "make kernel BOARD=$(BOARD) or make sdcard BOARD=$(BOARD), then see README, \"Boards\"" >&2; \
	    exit 1; }

sdcard: deps-sdcard
	@$(MAKE) --no-print-directory $(KDIR)/sdcard.img

test: deps-test
	@$(MAKE) --no-print-directory -j2 test-build
	tests/run.sh

deps:
	@qemu/deps.sh run

deps-test:
	@qemu/deps.sh test

deps-debug:
	@qemu/deps.sh debug

deps-sdcard:
	@qemu/deps.sh sdcard

kernel: $(KDIR)/kernel.elf $(KDIR)/Image

user: $(USER_ELVES) $(PROGRAM_ELVES) $(PROGRAM_RUNTIME)

test-build: kernel $(USER_ELVES) $(foreach b,$(BOARDS),$(BUILD)/$(b)/Image $(BUILD)/$(b)/sdcard.img) \
    $(BUILD)/tests/hello/sdcard.img $(TEST_KERNELS) $(NATIVE_PROGRAMS) $(BUILD)/host/vm-tests \
    $(BUILD)/host/vm-tests-switch $(BUILD)/host/basin-run $(PROGRAM_ELVES) $(PROGRAM_KERNELS) \
    $(NATIVE_C_PROGRAMS) $(ISA_ELVES) $(ISA_KERNELS) $(BUILD)/host/difftest-gen \
    $(BUILD)/host/difftest-compare $(LINUX_ELVES) $(LINUX_KERNELS) $(LINUX_PICOLIBC_ELVES) \
    $(BUILD)/bad-elves/.made $(BAD_ELF_KERNELS) $(BUILD)/host/fdt-tests

host-tests: $(BUILD)/host/vm-tests $(BUILD)/host/fdt-tests
	$(BUILD)/host/vm-tests
	$(BUILD)/host/fdt-tests

# The host runner: the same vm/ code, built natively (see README, "basin-run").
host: $(BUILD)/host/basin-run

$(BUILD)/host/basin-run: $(VM_SOURCES) $(wildcard vm/host/*.c) $(HEADERS)
	@mkdir -p $(@D)
	$(HOST_CC) -std=c11 -O2 -g $(WARNINGS) $(VM_SOURCES) $(wildcard vm/host/*.c) -o $@

# --- kernel ---------------------------------------------------------------------------------

CLOCK_FLAG := $(if $(filter deterministic,$(CLOCK)),-DBASIN_DETERMINISTIC_CLOCK,)
# USER_ELF, BUDGET, CLOCK, SEED and OUTPUT_LIMIT are recorded so that changing one rebuilds
# what uses it.
CONFIG := USER_ELF=$(USER_ELF) BUDGET=$(BUDGET) CLOCK=$(CLOCK) SEED=$(SEED) OUTPUT_LIMIT=$(OUTPUT_LIMIT)
$(BUILD)/config.txt: FORCE
	@mkdir -p $(@D)
	@echo "$(CONFIG)" | cmp -s - $@ || echo "$(CONFIG)" > $@
FORCE:

$(BUILD)/kernel-objects/%.o: %.c $(HEADERS) $(BUILD)/config.txt Makefile
	@mkdir -p $(@D)
	$(CC) $(KERNEL_CFLAGS) -march=rv64imac_zicsr_zifencei -fstack-usage \
	    -DVM_DEFAULT_BUDGET=$(BUDGET)ull -DVM_DEFAULT_OUTPUT_LIMIT=$(OUTPUT_LIMIT)ull \
	    -DBASIN_SEED=$(SEED)ull $(CLOCK_FLAG) -c $< -o $@

$(BUILD)/kernel-objects/%.o: %.S kernel/memlayout.h Makefile
	@mkdir -p $(@D)
	$(CC) $(KERNEL_CFLAGS) -march=rv64imac_zicsr_zifencei -c $< -o $@

# The embedded program: one small object per image, everything else is shared. Arguments: the
# output directory, the ELF to embed, the board to link for (default qemu-virt, as tests boot).
define embed_rule
$(1)/user_image.o: kernel/user_image.S $(2) $(BUILD)/config.txt
	@mkdir -p $$(@D)
	@test -f $(2) || { echo "basin: USER_ELF=$(2) does not exist" >&2; exit 1; }
	$$(CC) $$(KERNEL_CFLAGS) -DUSER_ELF_PATH='"$(2)"' -DUSER_ELF_NAME='"$(notdir $(2))"' -c $$< -o $$@
# Which file the image embeds, for tests/run.sh.
$(1)/embedded.txt: $(BUILD)/config.txt
	@mkdir -p $$(@D)
	@echo "$(2)" > $$@
$(1)/kernel.elf: $$(KERNEL_OBJECTS) $(1)/user_image.o linker.ld boot/boards/$(or $(3),qemu-virt).mk \
    | $(1)/embedded.txt
	$$(CC) $$(KERNEL_CFLAGS) -nostartfiles -T linker.ld $$(call board_link,$(or $(3),qemu-virt)) \
	    -Wl,-Map=$(1)/kernel.map $$(KERNEL_OBJECTS) $(1)/user_image.o -o $$@
endef

$(foreach b,$(BOARDS),$(eval $(call embed_rule,$(BUILD)/$(b),$(USER_ELF),$(b))))
$(foreach p,$(TEST_PROGRAMS),$(eval $(call embed_rule,$(BUILD)/tests/$(p),$(BUILD)/user/tests/$(p).elf)))
$(eval $(call embed_rule,$(BUILD)/tests/hello,$(BUILD)/user/hello.elf))
$(foreach p,$(C_PROGRAMS),$(eval $(call embed_rule,$(BUILD)/tests/program-$(p),$(BUILD)/programs/$(p).elf)))
$(foreach t,$(ISA_TESTS),$(eval $(call embed_rule,$(BUILD)/tests/isa-$(t),$(BUILD)/user/isa/$(t).elf)))
$(foreach p,$(LINUX_PROGRAMS),$(eval $(call embed_rule,$(BUILD)/tests/linux-$(p),$(BUILD)/linux/$(p).elf)))
$(foreach f,$(BAD_ELVES),$(eval $(call embed_rule,$(BUILD)/tests/bad-$(f:.elf=),$(BUILD)/bad-elves/$(f))))

$(BUILD)/bad-elves/.made: $(BUILD)/host/make-bad-elves
	@mkdir -p $(@D)
	$(BUILD)/host/make-bad-elves $(@D)
	@touch $@
$(addprefix $(BUILD)/bad-elves/,$(BAD_ELVES)): $(BUILD)/bad-elves/.made
	@test -f $@
$(foreach r,$(REFUSED_FILES),$(eval $(call embed_rule,$(BUILD)/tests/$(firstword $(subst :, ,$(r))),$(lastword $(subst :, ,$(r))))))

$(BUILD)/tests/empty.bin:
	@mkdir -p $(@D)
	: > $@

# A kernel that traps on purpose right after its banner, to test the panic path.
TRAP_TEST_OBJECTS := $(filter-out $(BUILD)/kernel-objects/kernel/main.o,$(KERNEL_OBJECTS)) \
                     $(BUILD)/tests/kernel_trap/main.o $(BUILD)/tests/hello/user_image.o
$(BUILD)/tests/kernel_trap/main.o: kernel/main.c $(HEADERS) $(BUILD)/config.txt
	@mkdir -p $(@D)
	$(CC) $(KERNEL_CFLAGS) -march=rv64imac_zicsr_zifencei -DBASIN_TRAP_SELFTEST -c $< -o $@
$(BUILD)/tests/kernel_trap/kernel.elf: $(TRAP_TEST_OBJECTS) linker.ld
	$(CC) $(KERNEL_CFLAGS) -nostartfiles -T linker.ld $(call board_link,qemu-virt) $(TRAP_TEST_OBJECTS) -o $@

# A kernel that overwrites a guard page on purpose, to test the integrity check.
GUARD_TEST_OBJECTS := $(filter-out $(BUILD)/kernel-objects/kernel/main.o,$(KERNEL_OBJECTS)) \
                      $(BUILD)/tests/kernel_guard/main.o $(BUILD)/tests/hello/user_image.o
$(BUILD)/tests/kernel_guard/main.o: kernel/main.c $(HEADERS) $(BUILD)/config.txt
	@mkdir -p $(@D)
	$(CC) $(KERNEL_CFLAGS) -march=rv64imac_zicsr_zifencei -DBASIN_GUARD_SELFTEST -c $< -o $@
$(BUILD)/tests/kernel_guard/kernel.elf: $(GUARD_TEST_OBJECTS) linker.ld
	$(CC) $(KERNEL_CFLAGS) -nostartfiles -T linker.ld $(call board_link,qemu-virt) $(GUARD_TEST_OBJECTS) -o $@

# Runaway guests under a budget of 1,000,000 and an output limit of 65,536 bytes (make BUDGET=N
# OUTPUT_LIMIT=N does the same for any image).
$(BUILD)/tests/small_budget/main.o: kernel/main.c $(HEADERS) $(BUILD)/config.txt Makefile
	@mkdir -p $(@D)
	$(CC) $(KERNEL_CFLAGS) -march=rv64imac_zicsr_zifencei -DVM_DEFAULT_BUDGET=1000000ull \
	    -DVM_DEFAULT_OUTPUT_LIMIT=65536ull -c $< -o $@
SMALL_BUDGET_OBJECTS := $(filter-out $(BUILD)/kernel-objects/kernel/main.o,$(KERNEL_OBJECTS)) \
                        $(BUILD)/tests/small_budget/main.o
$(BUILD)/tests/small_budget_%/kernel.elf: $(SMALL_BUDGET_OBJECTS) $(BUILD)/tests/%/user_image.o \
    $(BUILD)/tests/%/embedded.txt linker.ld
	@mkdir -p $(@D)
	$(CC) $(KERNEL_CFLAGS) -nostartfiles -T linker.ld $(call board_link,qemu-virt) $(SMALL_BUDGET_OBJECTS) \
	    $(BUILD)/tests/$*/user_image.o -o $@
	@cp $(BUILD)/tests/$*/embedded.txt $(@D)/embedded.txt

# The flat image U-Boot's booti loads: the file bytes from the image header to the end of .data
# (.bss, guest memory and stacks are NOLOAD; the header's image_size counts them).
$(BUILD)/%/Image: $(BUILD)/%/kernel.elf
	$(OBJCOPY) -O binary $< $@

# An SD card image for U-Boot's distro boot: an MBR partition table with one bootable FAT
# partition (from 1 MiB) holding /Image and /extlinux/extlinux.conf. Built without root or loop
# devices: the partition is made as a file (mkfs.fat, mcopy), then put into the disk image.
# build/BOARD/sdcard.img for `make sdcard`; build/tests/hello/sdcard.img (QEMU virt) for the tests.
SDCARD_MIB := 16
$(BUILD)/%/sdcard.img: $(BUILD)/%/Image boot/extlinux.conf Makefile
	@rm -rf $@.tmp && mkdir -p $@.tmp/extlinux
	sed 's/@BOARD@/$(or $(BOARD_DESCRIPTION.$*),$(BOARD_DESCRIPTION.qemu-virt))/' boot/extlinux.conf \
	    > $@.tmp/extlinux/extlinux.conf
	mkfs.fat -C -n BASIN -i 42415349 $@.tmp/boot.part $$(( ($(SDCARD_MIB) - 1) * 1024 )) >/dev/null
	mcopy -i $@.tmp/boot.part -s $< $@.tmp/extlinux ::
	truncate -s $(SDCARD_MIB)M $@.tmp/disk.img
	printf 'label: dos\nlabel-id: 0x42415349\nstart=2048, type=e, bootable\n' | \
	    sfdisk --quiet $@.tmp/disk.img
	dd if=$@.tmp/boot.part of=$@.tmp/disk.img bs=512 seek=2048 conv=notrunc status=none
	mv $@.tmp/disk.img $@ && rm -rf $@.tmp

# --- user programs --------------------------------------------------------------------------

$(BUILD)/user/runtime/%.o: user/runtime/%.c user/runtime/basin.h Makefile
	@mkdir -p $(@D)
	$(CC) $(USER_CFLAGS) -c $< -o $@

$(BUILD)/user/runtime/%.o: user/runtime/%.S Makefile
	@mkdir -p $(@D)
	$(CC) $(USER_CFLAGS) -c $< -o $@

$(BUILD)/user/hello.elf: user/hello.c $(RUNTIME_OBJECTS) user/user.ld Makefile
	@mkdir -p $(@D)
	$(CC) $(USER_CFLAGS) $(USER_LDFLAGS) $(RUNTIME_OBJECTS) $< -o $@

$(BUILD)/user/tests/%.elf: user/tests/%.c $(RUNTIME_OBJECTS) user/user.ld Makefile
	@mkdir -p $(@D)
	$(CC) $(USER_CFLAGS) $(USER_LDFLAGS) $(RUNTIME_OBJECTS) $< -o $@

$(BUILD)/user/tests/%.elf: user/tests/%.S user/user.ld Makefile
	@mkdir -p $(@D)
	$(CC) $(USER_CFLAGS) -march=rv64gc -nostdlib -static -T user/user.ld $< -o $@

$(BUILD)/programs/runtime/%.o: user/runtime/%.c user/runtime/basin.h Makefile
	@mkdir -p $(@D)
	$(CC) $(PROGRAM_CFLAGS) -c $< -o $@

$(BUILD)/programs/runtime/%.o: user/runtime/%.S Makefile
	@mkdir -p $(@D)
	$(CC) $(PROGRAM_CFLAGS) -c $< -o $@

$(BUILD)/programs/%.elf: user/programs/%.c $(PROGRAM_RUNTIME) user/user.ld Makefile
	@mkdir -p $(@D)
	$(CC) $(PROGRAM_CFLAGS) -nostartfiles -static -T user/user.ld $(PROGRAM_RUNTIME) $< -lm -o $@

$(BUILD)/native/programs/%: user/programs/%.c
	@mkdir -p $(@D)
	$(HOST_CC) -std=c11 -O2 -ffp-contract=off $(WARNINGS) $< -lm -o $@

$(BUILD)/linux-picolibc/%.elf: user/linux/%.c $(PROGRAM_RUNTIME) user/user.ld Makefile
	@mkdir -p $(@D)
	$(CC) $(PROGRAM_CFLAGS) -nostartfiles -static -T user/user.ld $(PROGRAM_RUNTIME) $< -lm -o $@

$(BUILD)/linux/%.elf: user/linux/%.c Makefile
	@mkdir -p $(@D)
	$(LINUX_CC) -static -O2 $(WARNINGS) $< -o $@ -lm

# zifencei.S keeps code in a writable section on purpose (self-modifying code).
$(BUILD)/user/isa/%.elf: user/isa/%.S user/isa/isa.h user/user.ld Makefile
	@mkdir -p $(@D)
	$(CC) -march=rv64gc_zba_zbb_zbs -mabi=lp64d -nostdlib -static -T user/user.ld -Iuser/isa \
	    -Wl,--no-warn-rwx-segments $< -o $@

# The same C sources built for the host: the reference output for the tests.
$(BUILD)/native/%: user/tests/%.c user/runtime/print.c user/runtime/host.c user/runtime/basin.h
	@mkdir -p $(@D)
	$(HOST_CC) -std=c11 -O2 $(WARNINGS) $< user/runtime/print.c user/runtime/host.c -o $@

$(BUILD)/native/hello: user/hello.c user/runtime/print.c user/runtime/host.c user/runtime/basin.h
	@mkdir -p $(@D)
	$(HOST_CC) -std=c11 -O2 $(WARNINGS) $< user/runtime/print.c user/runtime/host.c -o $@

# --- fuzzing (tests/fuzz/): libFuzzer under ASan and UBSan -------------------------------------

FUZZ_SECONDS ?= 60

# make fuzz FUZZ_SECONDS=N: each of the four targets (ELF loader, interpreter, system calls, and
# the kernel's device-tree reader).
fuzz: deps-test
	tests/fuzz/run.sh $(FUZZ_SECONDS)

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
	$(HOST_CC) -std=c11 -O2 $(WARNINGS) $< -o $@

$(BUILD)/host/difftest-%: tests/difftest/%.c tests/difftest/layout.h
	@mkdir -p $(@D)
	$(HOST_CC) -std=c11 -O2 $(WARNINGS) $< -o $@

# --- host unit tests of vm/ (AddressSanitizer + UBSan) --------------------------------------

$(BUILD)/host/vm-tests: $(VM_SOURCES) $(wildcard tests/unit/*.c tests/unit/*.h) $(HEADERS)
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -Ivm $(VM_SOURCES) $(wildcard tests/unit/*.c) -o $@

# The same tests on the dispatch loop's portable form (a switch instead of computed goto).
$(BUILD)/host/vm-tests-switch: $(VM_SOURCES) $(wildcard tests/unit/*.c tests/unit/*.h) $(HEADERS)
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -DVM_SWITCH_DISPATCH -Ivm $(VM_SOURCES) $(wildcard tests/unit/*.c) -o $@

# --- host unit tests of kernel/fdt.c (the device-tree reader) and kernel/uart.c (tests/fdt/) -

# The trees it is tested against: tests/fdt/*.dts compiled by dtc, and QEMU's own virt tree for
# the machine the QEMU tests boot (dumpdtb writes it and exits; the file is 1 MiB, the tree in it
# much smaller).
FDT_TREES := $(patsubst tests/fdt/%.dts,$(BUILD)/fdt/%.dtb,$(wildcard tests/fdt/*.dts)) \
             $(BUILD)/fdt/qemu-virt-dump.dtb
# kernel/fdt.c as the kernel has it, with panic.h's functions printing and aborting.
FDT_TEST_SOURCES := kernel/fdt.c kernel/uart.c $(wildcard tests/fdt/*.c) tests/unit/check.c

$(BUILD)/fdt/%.dtb: tests/fdt/%.dts
	@mkdir -p $(@D)
	dtc -I dts -O dtb -o $@ $<

$(BUILD)/fdt/qemu-virt-dump.dtb:
	@mkdir -p $(@D)
	qemu-system-riscv64 -M virt,dumpdtb=$@ -m 128M -smp 4 -nographic >/dev/null

$(BUILD)/host/fdt-tests: $(FDT_TEST_SOURCES) $(wildcard tests/fdt/*.h) tests/unit/check.h \
    kernel/fdt.h kernel/uart.h kernel/panic.h $(FDT_TREES)
	@mkdir -p $(@D)
	$(HOST_CC) $(HOST_CFLAGS) -Ikernel -Itests/unit -DFDT_TREE_DIR='"$(BUILD)/fdt"' \
	    $(FDT_TEST_SOURCES) -o $@

clean:
	rm -rf $(BUILD)
include user/bench/bench.mk
