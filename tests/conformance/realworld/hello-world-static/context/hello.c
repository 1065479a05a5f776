/* A greeting with no libc start files: write(2) and exit(2) by syscall. */
#include <sys/syscall.h>
#include <unistd.h>

#ifndef DOCKER_IMAGE
#define DOCKER_IMAGE "hello-world"
#endif
#ifndef DOCKER_GREETING
#define DOCKER_GREETING "Hello from Docker!"
#endif
#ifndef DOCKER_ARCH
#define DOCKER_ARCH "amd64"
#endif

static const char message[] =
	"\n" DOCKER_GREETING "\n"
	"This message shows that your installation appears to be working.\n"
	"(image \"" DOCKER_IMAGE "\", " DOCKER_ARCH ")\n\n";

void _start(void)
{
	syscall(SYS_write, STDOUT_FILENO, message, sizeof(message) - 1);
	syscall(SYS_exit, 0);
}
