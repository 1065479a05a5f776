#!/bin/sh
# make check: every conformance case, built by strata and by docker and
# compared (tests/conformance/README.md). STRATA_CONFORMANCE_JOBS sets how
# many run at once.
exec "$(dirname "$0")/run" -j "${STRATA_CONFORMANCE_JOBS:-3}"
