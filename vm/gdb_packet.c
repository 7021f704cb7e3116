/* SPDX-License-Identifier: MIT */
#include "gdb_packet.h"

#include "vm_assert.h"

enum { CTRL_C = 0x03 };

int gdb_hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

char gdb_hex_char(unsigned value) {
    VM_ASSERT(value < 16);
    return "0123456789abcdef"[value];
}

void gdb_link_init(struct gdb_link *link, const struct gdb_transport *transport) {
    VM_ASSERT(link != 0 && transport != 0);
    VM_ASSERT(transport->get != 0 && transport->put != 0);
    link->transport = *transport;
    link->no_ack = false;
    link->interrupt = false;
    link->gone = false;
    link->length = 0;
    link->packet[0] = '\0';
}

static int get_byte(struct gdb_link *link, uint32_t wait_ms) {
    int c = link->transport.get(link->transport.context, wait_ms);
    VM_ASSERT(c == GDB_NO_BYTE || c == GDB_CLOSED || (c >= 0 && c <= 255));
    if (c == GDB_CLOSED) link->gone = true;
    return c;
}

static void put_byte(struct gdb_link *link, uint8_t byte) {
    link->transport.put(link->transport.context, &byte, 1);
}

/* The checksum's two hex digits after '#': false when either is missing or not hex. */
static bool read_checksum(struct gdb_link *link, uint8_t *sum) {
    int high = get_byte(link, GDB_BYTE_WAIT_MS);
    int low = high < 0 ? high : get_byte(link, GDB_BYTE_WAIT_MS);
    if (low < 0) return false;
    int h = gdb_hex_digit((char)high), l = gdb_hex_digit((char)low);
    if (h < 0 || l < 0) return false;
    *sum = (uint8_t)(h << 4 | l);
    return true;
}

/* The payload after a '$', up to its '#'. A '$' inside starts the packet over (the one before
 * was cut short); a payload longer than the buffer is read to its end and refused. */
static enum gdb_receive read_body(struct gdb_link *link) {
    size_t length = 0;
    uint8_t sum = 0;
    bool overflow = false;
    /* Bounded: each pass takes a byte; a packet longer than the noise limit is refused. */
    for (uint32_t taken = 0; taken < GDB_NOISE_MAX; taken++) {
        int c = get_byte(link, GDB_BYTE_WAIT_MS);
        if (c == GDB_CLOSED) return GDB_GONE;
        if (c == GDB_NO_BYTE) break; /* cut short: refused below */
        if (c == '#') {
            uint8_t expected = 0;
            if (!read_checksum(link, &expected)) break;
            if (overflow || expected != sum) break;
            link->length = length;
            link->packet[length] = '\0';
            if (!link->no_ack) put_byte(link, '+');
            return GDB_RECEIVED;
        }
        if (c == '$') {
            length = 0, sum = 0, overflow = false;
            continue;
        }
        sum = (uint8_t)(sum + c);
        if (length < GDB_PACKET_MAX) link->packet[length++] = (char)c;
        else overflow = true;
    }
    if (link->gone) return GDB_GONE;
    link->length = 0;
    link->packet[0] = '\0';
    if (!link->no_ack) put_byte(link, '-');
    return GDB_MALFORMED;
}

enum gdb_receive gdb_link_receive(struct gdb_link *link, uint32_t wait_ms) {
    VM_ASSERT(link != 0);
    if (link->gone) return GDB_GONE;
    /* Bounded: each pass takes a byte that is not a packet's start. */
    for (uint32_t noise = 0; noise < GDB_NOISE_MAX; noise++) {
        int c = get_byte(link, wait_ms);
        if (c == GDB_CLOSED) return GDB_GONE;
        if (c == GDB_NO_BYTE) return GDB_NOTHING;
        if (c == '$') return read_body(link);
        if (c == CTRL_C) link->interrupt = true;
        /* '+', '-' and anything else between packets: nothing to do. */
    }
    link->gone = true;
    return GDB_GONE;
}

/* The frame: $, the payload with '#', '$', '}' and '*' escaped, #, the checksum of what was
 * sent between $ and #. Returns its length. */
static size_t frame_packet(struct gdb_link *link, const char *payload, size_t length) {
    uint8_t *frame = link->frame;
    size_t at = 0;
    uint8_t sum = 0;
    frame[at++] = '$';
    for (size_t i = 0; i < length; i++) {
        uint8_t byte = (uint8_t)payload[i];
        if (byte == '#' || byte == '$' || byte == '}' || byte == '*') {
            frame[at++] = '}';
            sum = (uint8_t)(sum + '}');
            byte ^= 0x20;
        }
        frame[at++] = byte;
        sum = (uint8_t)(sum + byte);
    }
    frame[at++] = '#';
    frame[at++] = (uint8_t)gdb_hex_char(sum >> 4);
    frame[at++] = (uint8_t)gdb_hex_char(sum & 15);
    VM_ASSERT(at <= sizeof link->frame);
    return at;
}

/* Waits for the '+' of a packet just sent: true for it, false to send it again ('-'). No answer
 * in time counts as received (gdb may have left ack mode), and so does a closed transport. */
static bool acknowledged(struct gdb_link *link) {
    /* Bounded: each pass takes a byte. */
    for (uint32_t noise = 0; noise < GDB_NOISE_MAX; noise++) {
        int c = get_byte(link, GDB_BYTE_WAIT_MS);
        if (c == '+' || c < 0) return true;
        if (c == '-') return false;
        if (c == CTRL_C) link->interrupt = true;
    }
    link->gone = true;
    return true;
}

void gdb_link_send(struct gdb_link *link, const char *payload, size_t length) {
    VM_ASSERT(link != 0 && (payload != 0 || length == 0));
    VM_ASSERT(length <= GDB_PACKET_MAX);
    if (link->gone) return;
    size_t size = frame_packet(link, payload, length);
    for (unsigned attempt = 0; attempt < GDB_SEND_TRIES; attempt++) {
        link->transport.put(link->transport.context, link->frame, size);
        if (link->no_ack || acknowledged(link)) return;
    }
}
