/* LD_PRELOAD shim for the no-network test: any socket that is not a local (AF_UNIX) socket
 * fails with EACCES, and the attempt is logged to $NOSOCKET_LOG. Built by the tests. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static void note(int domain) {
    const char *log = getenv("NOSOCKET_LOG");
    if (!log) return;
    int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0) return;
    char line[64];
    int n = snprintf(line, sizeof line, "blocked socket(domain=%d)\n", domain);
    if (n > 0) (void)write(fd, line, (size_t)n);
    close(fd);
}

int socket(int domain, int type, int protocol) {
    if (domain != AF_UNIX) { note(domain); errno = EACCES; return -1; }
    int (*real)(int, int, int) = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
    return real(domain, type, protocol);
}

int socketpair(int domain, int type, int protocol, int sv[2]) {
    if (domain != AF_UNIX) { note(domain); errno = EACCES; return -1; }
    int (*real)(int, int, int, int *) = (int (*)(int, int, int, int *))dlsym(RTLD_NEXT, "socketpair");
    return real(domain, type, protocol, sv);
}
