/* SPDX-License-Identifier: MIT */
/* Never stops on its own: the instruction budget ends it. */
int main(void) {
    for (volatile unsigned long i = 0;; i++) {
    }
}
