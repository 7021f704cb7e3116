/* Calls into OpenSBI (SBI v1.0 specification). */
#ifndef BASIN_SBI_H
#define BASIN_SBI_H

#include <stdbool.h>

void sbi_console_putchar(char c);
/* The next byte typed on the console, or -1 when none is waiting. */
int sbi_console_getchar(void);
bool sbi_probe_extension(long extension_id);
/* System Reset extension: returns only if the call failed or SRST is absent. */
void sbi_system_reset(bool failure);

#endif
