package dev.crisiswatch.text;

import java.text.Normalizer;

/**
 * Characters that NFKC leaves alone whatever surrounds them, so that posts with curly quotes,
 * accents or emoji skip {@link Normalizer} (which allocates) just as ASCII posts do.
 *
 * <p>A BMP character is inert when it is NFKC-stable on its own, is no combining mark and no Hangul
 * jamo (those two compose with their neighbours). Of the supplementary planes only the emoji blocks
 * U+1F300..U+1FAFF are taken as inert; anything else goes the slow, exact way.
 */
final class NfkcInert {
    private static final long[] BMP = computeBmp();

    private NfkcInert() {}

    /** Whether the character at {@code i} (a non-ASCII one) is inert; a surrogate pair is judged whole. */
    static boolean isInert(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isSurrogate(c)) return (BMP[c >>> 6] & (1L << c)) != 0;
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(i + 1));
            return cp >= 0x1F300 && cp <= 0x1FAFF;
        }
        // The low half of a pair whose high half was already judged inert.
        return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static long[] computeBmp() {
        long[] bits = new long[1024];
        for (int c = 0x80; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c) || isComposing(c)) continue;
            if (Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFKC)) bits[c >>> 6] |= 1L << c;
        }
        return bits;
    }

    private static boolean isComposing(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.UNASSIGNED
                || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)
                || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
    }
}
