/* plugins/common: a RUN's own network (STRATA_NET_DEFAULT) — a network
 * namespace strata makes, with lo up and, through slirp4netns (a user-mode
 * TCP/IP stack started on the host side), outbound IPv4 to the world, but not
 * to the host's loopback: 127.0.0.1 inside is the namespace's own, and the
 * stack's gateway (10.0.2.2) does not lead to the host's 127.0.0.1
 * (--disable-host-loopback). DNS goes to the stack's forwarder, 10.0.2.3,
 * which asks the host's resolvers from the host side (so a host resolver on
 * 127.0.0.53 still answers), through a resolv.conf of the run's own.
 *
 * Why slirp4netns and not pasta (passt): measured on Debian 12 (bookworm,
 * passt 0.0~git20230309): pasta refuses to start as root ("Couldn't open user
 * namespace /proc/PID/ns/user: Permission denied", with --runas 0:0 too), and
 * strata's namespaced backends run as root. slirp4netns 1.2.0 is ready ~6-10
 * ms after its start and fetched an 8.8 MB file from the Debian mirror as fast
 * as the host did (about 0.02 s both). README.md, "Security", has the numbers.
 *
 * Every backend runs its process (or its tool: bwrap, runc, proot) inside
 * the namespace: the native runner's child and sbx_spawn's child call
 * sbx_net_enter() before anything else. A caller without root (bwrap and
 * proot run so) gets the namespace inside a user namespace of its own, as
 * rootless podman does: its uid is mapped to 0 there, and slirp4netns joins
 * both. */
#ifndef STRATA_SANDBOX_NET_H
#define STRATA_SANDBOX_NET_H

#include <sys/types.h>

#include "strata/plugin.h"

struct sbx_report;

/* The stack's addresses (slirp4netns's defaults): the process's own, the
 * gateway and the DNS forwarder. */
#define SBX_NET_DNS "10.0.2.3"

struct sbx_net {
	int nsfd;          /* the namespace (>= 3), or -1: none made */
	int usernsfd;      /* the user namespace that owns it, made for a caller
	                      without root (its uid and gid are 0 there), or -1 */
	pid_t stack;       /* slirp4netns, or -1 */
	char *dir;         /* a temporary directory holding resolv_conf */
	char *resolv_conf; /* the run's /etc/resolv.conf, in dir */
};

#define SBX_NET_INIT                                    \
	{                                               \
		.nsfd = -1, .usernsfd = -1, .stack = -1 \
	}

/* Make n: for STRATA_NET_DEFAULT a namespace with the stack running and a
 * resolv.conf naming its DNS forwarder; for STRATA_NET_NONE a namespace with
 * only lo. Pair with sbx_net_stop(), also when this fails.
 * Errors: STRATA_EPLUGIN when slirp4netns is missing or the namespace
 * cannot be made (not root), naming --network=host and --network=none;
 * STRATA_EIO when the stack does not start (its own message). */
int sbx_net_start(struct sbx_net *n, const struct strata_host *h, int mode,
                  struct strata_error **err);

/* Remove resolv_conf and its directory once the run has it (bound into the
 * rootfs), so that a strata killed during a long RUN leaves nothing in
 * $TMPDIR; resolv_conf stays a valid string. */
void sbx_net_unlink(struct sbx_net *n);

/* Stop the stack, close the namespace, remove the temporary files. */
void sbx_net_stop(struct sbx_net *n);

/* Move the calling process into n's namespace (first its user namespace,
 * when there is one: the process is then uid 0 there, the caller outside);
 * nothing when n has none. 0, or -1 with rep filled. Child-safe; the caller
 * must be single-threaded. */
int sbx_net_enter(const struct sbx_net *n, struct sbx_report *rep);

/* Bring up lo in the calling process's network namespace. 0, or -1 with rep
 * filled. Child-safe. */
int sbx_net_lo_up(struct sbx_report *rep);

#endif
