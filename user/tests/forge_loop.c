/* SPDX-License-Identifier: MIT */
/* forge.c's forged lines, then an endless loop: the run must end at its budget, whatever the
 * forged lines claim. */
#define FORGE_THEN_LOOP
#include "forge.c"
