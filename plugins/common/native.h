/* plugins/common: what the native runner's parent prepares for its child.
 * Private to native.c and native_child.c. */
#ifndef STRATA_SANDBOX_NATIVE_H
#define STRATA_SANDBOX_NATIVE_H

#include "sandbox.h"

/* Everything the child needs, prepared by the parent so the child never
 * allocates: it is a copy of a possibly threaded process, where another
 * thread may have held the malloc lock at the moment of the clone. */
struct sbx_child {
	const struct strata_sandbox_spec *spec;
	const struct sbx_prep *prep;
	const struct sbx_native_opts *opts;
	int flags;                     /* the CLONE_NEW* the child was made with */
	const char *const *exec_paths; /* candidates for argv[0], in PATH order */
	int errfd;                     /* CLOEXEC pipe: a struct sbx_report on failure */
};

/* The child's body: set up the sandbox, exec. Never returns. */
__attribute__((noreturn)) void sbx_child_main(const struct sbx_child *c);

#endif
