/* main() for the fuzz harnesses when libFuzzer is not linked: replay inputs.
 *
 *   <harness> [-timeout=SECONDS] FILE|DIR...
 *
 * Reads every file given, and every file in each directory given (sorted,
 * dotfiles skipped), then calls LLVMFuzzerInitialize once and
 * LLVMFuzzerTestOneInput on each. Prints how many it replayed and the slowest
 * one; exits 1 when there was nothing to replay, a file cannot be read, or
 * (with -timeout, as libFuzzer's) an input took longer than SECONDS. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fuzz.h"
#include "util.h"

/* defined by harnesses that need a set-up step */
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

struct input {
	char *path;
	char *data;
	size_t len;
};

struct inputs {
	struct input *v;
	size_t n;
};

static int add_file(struct inputs *in, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	if (util_read_file(path, &data, &len) < 0) {
		fprintf(stderr, "replay: read '%s': %s\n", path, strerror(errno));
		return -1;
	}
	in->v = xrealloc(in->v, (in->n + 1) * sizeof *in->v);
	in->v[in->n++] = (struct input){xstrdup(path), data, len};
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int add_path(struct inputs *in, const char *path)
{
	struct dirent **names;
	int n = scandir(path, &names, NULL, by_name);
	if (n < 0)
		return add_file(in, path);
	int r = 0;
	for (int i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.' && r == 0) {
			AUTOFREE char *p = util_path_join(path, names[i]->d_name);
			r = add_file(in, p);
		}
		free(names[i]);
	}
	free(names);
	return r;
}

int main(int argc, char **argv)
{
	struct inputs in = {0};
	double timeout = 0;
	for (int i = 1; i < argc; i++) {
		if (!strncmp(argv[i], "-timeout=", 9))
			timeout = atof(argv[i] + 9);
		else if (argv[i][0] != '-' && add_path(&in, argv[i]) < 0)
			return 1;
	}
	if (in.n == 0) {
		fprintf(stderr, "usage: %s FILE|DIR... (nothing to replay)\n", argv[0]);
		return 1;
	}
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	double slowest = 0;
	const char *slowest_path = "";
	for (size_t i = 0; i < in.n; i++) {
		struct timespec t0, t1;
		fprintf(stderr, "replay: %s\n", in.v[i].path);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		LLVMFuzzerTestOneInput((const uint8_t *)in.v[i].data, in.v[i].len);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		double s =
		        (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		if (s >= slowest) {
			slowest = s;
			slowest_path = in.v[i].path;
		}
	}
	printf("replayed %zu inputs; slowest %.3f s: %s\n", in.n, slowest, slowest_path);
	int status = 0;
	if (timeout > 0 && slowest > timeout) {
		fprintf(stderr, "replay: '%s' took %.3f s, over -timeout=%g\n", slowest_path,
		        slowest, timeout);
		status = 1;
	}
	for (size_t i = 0; i < in.n; i++) {
		free(in.v[i].path);
		free(in.v[i].data);
	}
	free(in.v);
	return status;
}
