/* strata: everything. */
#ifndef STRATA_H
#define STRATA_H
#include "common.h"
#include "error.h"
#include "store.h"
#include "layer.h"
#include "image.h"
#include "copy.h"
#include "ignore.h"
#include "graph.h"
#include "solve.h"
#include "plugin.h"
#include "run.h"
#endif
