/* registry-archive: the distribution plugin's pure helpers (reference
 * parsing for RepoTags, media kinds, the platform pick of an index), compiled
 * into this plugin as well: plugins share no code at run time, each .so
 * exports only strata_plugin_init. */
#include "../registry-distribution/ref.c"
