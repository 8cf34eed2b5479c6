package org.gridloop.field.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link WireWriter} wrote; any malformed input ends in a {@link CorruptMessage}.
 */
final class WireReader {

    /** The input is not a well-formed compact sync message. */
    static final class CorruptMessage extends RuntimeException {

        CorruptMessage(String message) {
            super(message);
        }
    }

    private static final long MAX_TIME = 253_402_300_799L;

    private final byte[] in;
    private int position;
    private final List<String> dictionary = new ArrayList<>();
    private final Map<String, Long> counters = new HashMap<>();
    private long previousTime;
    private long previousLat;
    private long previousLon;
    private ZoneOffset offset = ZoneOffset.UTC;

    WireReader(byte[] in) {
        this.in = in;
    }

    void offset(ZoneOffset zone) {
        this.offset = zone;
    }

    int raw() {
        if (position >= in.length) {
            throw new CorruptMessage("the message ends early at byte " + position);
        }
        return in[position++] & 0xFF;
    }

    boolean atEnd() {
        return position == in.length;
    }

    long unsigned() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = raw();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (shift == 63 && b > 1) {
                    break;
                }
                return value;
            }
        }
        throw new CorruptMessage("a varint is longer than 64 bits at byte " + position);
    }

    long signed() {
        long zigzag = unsigned();
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    /** An unsigned varint that must lie within {@code 0..max}. */
    int bounded(long max, String what) {
        long value = unsigned();
        if (value < 0 || value > max) {
            throw new CorruptMessage(what + " " + Long.toUnsignedString(value) + " exceeds " + max);
        }
        return (int) value;
    }

    String string() {
        long tag = unsigned();
        if (tag == 0) {
            return null;
        }
        if (tag == 1) {
            int length = bounded(in.length - position, "a string length");
            String value;
            try {
                value = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in, position, length))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new CorruptMessage("a string is not UTF-8 at byte " + position);
            }
            position += length;
            dictionary.add(value);
            return value;
        }
        if (tag - 2 >= dictionary.size() || tag < 0) {
            throw new CorruptMessage("dictionary entry " + (tag - 2) + " is not defined yet");
        }
        return dictionary.get((int) (tag - 2));
    }

    List<String> strings(int max) {
        int count = bounded(max, "a list length");
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String value = string();
            if (value == null) {
                throw new CorruptMessage("a list holds a null string");
            }
            values.add(value);
        }
        return values;
    }

    String identifier() {
        long tag = unsigned();
        if (tag == 0) {
            return null;
        }
        if (tag == 1) {
            return string();
        }
        if (tag != 2) {
            throw new CorruptMessage("unknown identifier form " + tag);
        }
        String prefix = string();
        if (prefix == null) {
            throw new CorruptMessage("an identifier's prefix is null");
        }
        long counter = counters.getOrDefault(prefix, 0L) + signed();
        if (counter <= 0) {
            throw new CorruptMessage("an identifier's counter is not positive");
        }
        counters.put(prefix, counter);
        return prefix + counter;
    }

    OffsetDateTime time() {
        long seconds = previousTime + signed();
        if (seconds < -MAX_TIME || seconds > MAX_TIME) {
            throw new CorruptMessage("a time lies beyond the year 9999");
        }
        previousTime = seconds;
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), offset);
    }

    double latitude() {
        previousLat += signed();
        return previousLat / 1e6;
    }

    double longitude() {
        previousLon += signed();
        return previousLon / 1e6;
    }

    double accuracy() {
        return bounded(Integer.MAX_VALUE, "an accuracy");
    }
}
