package dev.crisiswatch.simulator.generate;

import java.util.ArrayList;
import java.util.List;

/** A post text with slots, parsed once into literal and slot parts so rendering needs no regex. */
record Template(List<Part> parts, boolean namesTopic) {

    /** What a slot is filled with. */
    enum Slot {
        KEYWORD("kw"), HASHTAG("tag"), HANDLE("at"), BRAND("brand"), PRODUCT("product"), SMALL_NUMBER("n"),
        HOURS("h"), DAYS("days"), ORDER("order"), CITY("city"), HAPPY_EMOJI("pos"), SAD_EMOJI("neg");

        final String token;

        Slot(String token) {
            this.token = token;
        }

        boolean namesTopic() {
            return this == KEYWORD || this == HASHTAG || this == HANDLE;
        }

        static Slot of(String token) {
            for (Slot s : values()) if (s.token.equals(token)) return s;
            throw new IllegalArgumentException("unknown slot {" + token + "}");
        }
    }

    /** Literal text when {@code slot} is null. */
    record Part(String literal, Slot slot) {}

    static Template parse(String text) {
        List<Part> parts = new ArrayList<>();
        boolean namesTopic = false;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(new Part(text.substring(i), null));
                break;
            }
            if (open > i) parts.add(new Part(text.substring(i, open), null));
            int close = text.indexOf('}', open);
            if (close < 0) throw new IllegalArgumentException("unclosed slot in: " + text);
            Slot slot = Slot.of(text.substring(open + 1, close));
            namesTopic |= slot.namesTopic();
            parts.add(new Part(null, slot));
            i = close + 1;
        }
        return new Template(List.copyOf(parts), namesTopic);
    }
}
