/* strata fuzz harnesses: the libFuzzer entry points each harness defines.
 *
 * Built with -fsanitize=fuzzer (cmake -DSTRATA_FUZZ=ON, `make fuzz`) they are
 * libFuzzer programs; in the normal build replay.c supplies main(), which
 * runs the harness over files or directories given on the command line (the
 * seed corpus under tests/fuzz/corpus/<name>/, replayed by `make check`). */
#ifndef STRATA_FUZZ_H
#define STRATA_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Run one input. Returns 0; a bug aborts (a sanitizer report or fuzz_fail). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Optional: once, before the first input (argv as given to the program). */
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Where harnesses make their temporary directories: $STRATA_FUZZ_TMPDIR,
 * else /dev/shm (tmpfs: the store's fsyncs cost nothing there, which makes
 * the image and layer harnesses several times faster), else /tmp. */
const char *fuzz_tmpdir(void);

/* A property the harness checks does not hold: print why and abort, so
 * libFuzzer saves the input as a crash. */
void fuzz_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
