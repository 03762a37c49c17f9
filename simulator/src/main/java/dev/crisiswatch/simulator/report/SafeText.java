package dev.crisiswatch.simulator.report;

/**
 * Makes hostile text safe to show: drops terminal escape sequences, control characters, bidi
 * overrides and isolates (which can reorder what a reader sees), zero-width characters and lone
 * surrogates. Tabs and line breaks become spaces. HTML escaping is a separate step ({@link Html}).
 */
public final class SafeText {
    private SafeText() {}

    public static String clean(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\u001B') {
                i = skipEscape(s, i);
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                sb.append(' ');
            } else if (!isHidden(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Shortens to at most {@code max} characters after cleaning, with an ellipsis. */
    public static String clean(String s, int max) {
        String c = clean(s);
        if (c.length() <= max) return c;
        int cut = max - 1;
        if (cut > 0 && Character.isHighSurrogate(c.charAt(cut - 1))) cut--;
        return c.substring(0, Math.max(0, cut)) + "…";
    }

    static boolean isHidden(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || Character.isSurrogate(c);
    }

    /** Index of the last character of an ANSI/VT escape sequence starting at {@code i}. */
    private static int skipEscape(String s, int i) {
        int n = s.length();
        if (i + 1 >= n) return i;
        char next = s.charAt(i + 1);
        if (next == '[') { // CSI: parameters and intermediates, then one final byte @..~
            int j = i + 2;
            while (j < n && (s.charAt(j) < '@' || s.charAt(j) > '~')) j++;
            return Math.min(j, n - 1);
        }
        if (next == ']' || next == 'P' || next == '_' || next == '^') { // OSC/DCS/APC/PM: until BEL or ESC \
            int j = i + 2;
            while (j < n && s.charAt(j) != '\u0007' && !(s.charAt(j) == '\u001B' && j + 1 < n && s.charAt(j + 1) == '\\')) j++;
            return j < n && s.charAt(j) == '\u001B' ? j + 1 : Math.min(j, n - 1);
        }
        return i + 1; // two-character escape
    }
}
