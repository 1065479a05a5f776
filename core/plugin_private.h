/* strata: plugin host services the rest of the core shares. */
#ifndef STRATA_PLUGIN_PRIVATE_H
#define STRATA_PLUGIN_PRIVATE_H

#include "strata/plugin.h"

/* The sandbox to run in: name when given, else the first of candidates
 * (NULL: "namespaces") whose probe says it works here. Only the candidates
 * are probed, in order, up to the first that works.
 * Errors: STRATA_EPLUGIN "no usable sandbox ('x': why; 'y': why)".
 * Thread: safe (probes may fork). */
int plugin_pick_sandbox(const struct strata_plugins *p, const char *name,
                        const char *const *candidates, const struct strata_sandbox **out,
                        struct strata_error **err);

#endif
