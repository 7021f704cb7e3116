# SPDX-License-Identifier: MIT
# make bench: the benchmark suite of user/bench/ (see user/bench/README.md). Each program is built
# twice from the same source: for the guest with Debian's glibc cross compiler, as user/linux/ is,
# and natively; user/bench/run.sh times both, plus basin-run and qemu-riscv64 on the same ELF.
# Included at the end of the top-level Makefile, so BUILD, LINUX_CC, HOST_CC, WARNINGS and the
# deps-bench target come from there.

BENCH_RUNS ?= 3
BENCH_PROGRAMS := $(basename $(notdir $(wildcard user/bench/*.c)))
BENCH_ELVES := $(BENCH_PROGRAMS:%=$(BUILD)/bench/%.elf)
BENCH_NATIVES := $(BENCH_PROGRAMS:%=$(BUILD)/bench/native/%)
# FP contraction off: the guest and the native build must round identically, since the native
# program's checksum is the expected one (n-body folds the bits of its doubles).
BENCH_CFLAGS := -std=c11 -O2 -ffp-contract=off $(WARNINGS)

.PHONY: bench bench-build

bench: deps-bench
	@$(MAKE) --no-print-directory -j2 bench-build
	BENCH_RUNS=$(BENCH_RUNS) user/bench/run.sh $(BENCH_PROGRAMS)
	user/bench/kernel.sh $(BUILD)/bench/kernel/kernel.elf $(BUILD)/bench/kernel-native/kernel.elf

bench-build: $(BUILD)/host/basin-run $(BENCH_ELVES) $(BENCH_NATIVES) $(BUILD)/bench/kernel/kernel.elf \
    $(BUILD)/bench/kernel-native/kernel.elf

$(BUILD)/bench/%.elf: user/bench/%.c user/bench/bench.h user/bench/bench.mk
	@mkdir -p $(@D)
	$(call step,CC,$@)$(LINUX_CC) -march=rv64gc -mabi=lp64d -static $(BENCH_CFLAGS) $< -o $@ -lm

$(BUILD)/bench/native/%: user/bench/%.c user/bench/bench.h user/bench/bench.mk
	@mkdir -p $(@D)
	$(call step,HOSTCC,$@)$(HOST_CC) $(BENCH_CFLAGS) $< -o $@ -lm

# The bench kernels: state_crc run by an engine, timed with the time CSR, then the same routine
# compiled into the kernel and run natively on the hart (kernel/main.c, BASIN_BENCH_ROUTINE):
# build/bench/kernel with the interpreter, build/bench/kernel-native with the native engine. A
# budget far above the benchmark's instructions; the rounds the native routine runs
# (KERNEL_ROUNDS in state_crc.c), not basin-run's long default: TCG runs the kernel's VM at tens
# of MIPS.
SETTINGS.bench := elf=$(BUILD)/bench/state_crc.elf$(newline)budget=10000000000$(newline)args=500
SETTINGS.bench-native := $(SETTINGS.bench)$(newline)engine=native
$(eval $(call bundle_rule,$(BUILD)/bench/kernel,$(BUILD)/bench/state_crc.elf,SETTINGS.bench,))
$(eval $(call bundle_rule,$(BUILD)/bench/kernel-native,$(BUILD)/bench/state_crc.elf,SETTINGS.bench-native,))
BENCH_SHARED_OBJECTS := $(filter-out $(BUILD)/kernel-objects/kernel/main.o,$(KERNEL_OBJECTS)) \
    $(BUILD)/bench/kernel/main.o $(BUILD)/bench/kernel/state_crc.o
BENCH_KERNEL_OBJECTS := $(BENCH_SHARED_OBJECTS) $(BUILD)/bench/kernel/bundle.o

$(BUILD)/bench/kernel/main.o: kernel/main.c $(HEADERS) user/bench/bench.mk
	@mkdir -p $(@D)
	$(call step,CC,$@)$(CC) $(KERNEL_COMPILE) -DBASIN_BENCH_ROUTINE=state_crc_run -c $< -o $@

$(BUILD)/bench/kernel/state_crc.o: user/bench/state_crc.c user/bench/bench.mk
	@mkdir -p $(@D)
	$(call step,CC,$@)$(CC) $(KERNEL_CFLAGS) -DBENCH_IN_KERNEL -c $< -o $@

$(BUILD)/bench/kernel/kernel.elf: $(BENCH_KERNEL_OBJECTS) $(LINKER_SCRIPT)
	$(call step,LD,$@)$(CC) $(KERNEL_CFLAGS) -nostartfiles -T $(LINKER_SCRIPT) $(call board_link,qemu-virt) \
	    $(BENCH_KERNEL_OBJECTS) -o $@

$(BUILD)/bench/kernel-native/kernel.elf: $(BENCH_SHARED_OBJECTS) $(BUILD)/bench/kernel-native/bundle.o $(LINKER_SCRIPT)
	$(call step,LD,$@)$(CC) $(KERNEL_CFLAGS) -nostartfiles -T $(LINKER_SCRIPT) $(call board_link,qemu-virt) \
	    $(BENCH_SHARED_OBJECTS) $(BUILD)/bench/kernel-native/bundle.o -o $@
