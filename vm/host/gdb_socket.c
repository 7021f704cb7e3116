/* SPDX-License-Identifier: MIT */
/* basin-run's transport for the GDB stub (vm/gdbstub.h): one TCP connection from gdb, accepted
 * on 127.0.0.1 only (the stub gives whoever connects the guest's memory and registers). */
#define _DEFAULT_SOURCE /* struct addrinfo-free sockets, MSG_NOSIGNAL */
#include "gdb_socket.h"

#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Received bytes not yet taken: reading a byte at a time from the socket would cost a system
 * call per byte. */
static struct {
    int fd;
    uint8_t bytes[4096];
    size_t length, taken;
} connection = {.fd = -1};

static int socket_get(void *context, uint32_t timeout_ms) {
    (void)context;
    if (connection.taken < connection.length) return connection.bytes[connection.taken++];
    struct pollfd ready = {.fd = connection.fd, .events = POLLIN};
    int count;
    do count = poll(&ready, 1, timeout_ms > INT32_MAX ? INT32_MAX : (int)timeout_ms);
    while (count < 0 && errno == EINTR);
    if (count == 0) return GDB_NO_BYTE;
    ssize_t n;
    do n = read(connection.fd, connection.bytes, sizeof connection.bytes);
    while (n < 0 && errno == EINTR);
    if (count < 0 || n <= 0) return GDB_CLOSED;
    connection.length = (size_t)n;
    connection.taken = 1;
    return connection.bytes[0];
}

static void socket_put(void *context, const uint8_t *bytes, size_t length) {
    (void)context;
    for (size_t done = 0; done < length;) { /* bounded: each pass sends bytes or gives up */
        ssize_t n = send(connection.fd, bytes + done, length - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return; /* gdb went away: the next read says so */
        done += (size_t)n;
    }
}

bool gdb_socket_accept(unsigned port, uint32_t wait_ms, FILE *report, struct gdb_transport *transport) {
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    if (listener < 0) {
        fprintf(report, "basin-run: gdb: cannot make a socket: %s\n", strerror(errno));
        return false;
    }
    int on = 1;
    (void)setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                                  .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t size = sizeof address;
    if (bind(listener, (struct sockaddr *)&address, sizeof address) != 0 || listen(listener, 1) != 0 ||
        getsockname(listener, (struct sockaddr *)&address, &size) != 0) {
        fprintf(report, "basin-run: gdb: cannot listen on 127.0.0.1:%u: %s\n", port, strerror(errno));
        close(listener);
        return false;
    }
    fprintf(report, "basin-run: gdb: waiting for gdb on 127.0.0.1:%u (target remote 127.0.0.1:%u)\n",
            ntohs(address.sin_port), ntohs(address.sin_port));
    fflush(report);
    struct pollfd ready = {.fd = listener, .events = POLLIN};
    int count;
    do count = poll(&ready, 1, wait_ms > INT32_MAX ? INT32_MAX : (int)wait_ms);
    while (count < 0 && errno == EINTR);
    int fd = count > 0 ? accept(listener, 0, 0) : -1;
    close(listener);
    if (fd < 0) {
        fprintf(report, "basin-run: gdb: no debugger connected within %u s\n", wait_ms / 1000);
        return false;
    }
    (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on); /* small packets, at once */
    connection.fd = fd;
    connection.length = connection.taken = 0;
    *transport = (struct gdb_transport){.context = 0, .get = socket_get, .put = socket_put};
    return true;
}

void gdb_socket_close(void) {
    if (connection.fd >= 0) close(connection.fd);
    connection.fd = -1;
}
