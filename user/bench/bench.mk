# make bench: the benchmark suite of user/bench/ (see user/bench/README.md). Each program is built
# twice from the same source: for the guest with Debian's glibc cross compiler, as user/linux/ is,
# and natively; user/bench/run.sh times both, plus basin-run and qemu-riscv64 on the same ELF.
# Included at the end of the top-level Makefile, so BUILD, LINUX_CC, HOST_CC, WARNINGS and the
# deps-test target come from there.

BENCH_RUNS ?= 5
BENCH_PROGRAMS := $(basename $(notdir $(wildcard user/bench/*.c)))
BENCH_ELVES := $(BENCH_PROGRAMS:%=$(BUILD)/bench/%.elf)
BENCH_NATIVES := $(BENCH_PROGRAMS:%=$(BUILD)/bench/native/%)
# FP contraction off: the guest and the native build must round identically, since the native
# program's checksum is the expected one (n-body folds the bits of its doubles).
BENCH_CFLAGS := -std=c11 -O2 -ffp-contract=off $(WARNINGS)

.PHONY: bench bench-build

bench: deps-test
	@$(MAKE) --no-print-directory -j2 bench-build
	BENCH_RUNS=$(BENCH_RUNS) user/bench/run.sh $(BENCH_PROGRAMS)

bench-build: $(BUILD)/host/basin-run $(BENCH_ELVES) $(BENCH_NATIVES)

$(BUILD)/bench/%.elf: user/bench/%.c user/bench/bench.mk
	@mkdir -p $(@D)
	$(LINUX_CC) -march=rv64gc -mabi=lp64d -static $(BENCH_CFLAGS) $< -o $@ -lm

$(BUILD)/bench/native/%: user/bench/%.c user/bench/bench.mk
	@mkdir -p $(@D)
	$(HOST_CC) $(BENCH_CFLAGS) $< -o $@ -lm
