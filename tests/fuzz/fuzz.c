/* strata fuzz harnesses: what they share in both builds (libFuzzer and
 * replay). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz.h"

void fuzz_fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("fuzz: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	abort();
}

const char *fuzz_tmpdir(void)
{
	const char *d = getenv("STRATA_FUZZ_TMPDIR");
	if (d && *d)
		return d;
	return access("/dev/shm", W_OK | X_OK) == 0 ? "/dev/shm" : "/tmp";
}
