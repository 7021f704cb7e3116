/* SPDX-License-Identifier: MIT */
/* basin-run --gdb PORT: the TCP transport of the GDB stub (gdb_socket.c). */
#ifndef BASIN_GDB_SOCKET_H
#define BASIN_GDB_SOCKET_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../gdbstub.h"

/* Listens on 127.0.0.1:port (0: a port the system picks), says where on `report`, and waits at
 * most wait_ms for gdb to connect; then *transport reads and writes that connection. False, with
 * the reason on `report`, when that fails. */
bool gdb_socket_accept(unsigned port, uint32_t wait_ms, FILE *report, struct gdb_transport *transport);

void gdb_socket_close(void);

#endif
