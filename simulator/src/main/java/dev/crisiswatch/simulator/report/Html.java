package dev.crisiswatch.simulator.report;

/** HTML text escaping of cleaned text, safe in element content and in quoted attribute values. */
public final class Html {
    private Html() {}

    /** Cleans with {@link SafeText#clean(String)} and escapes; every text the report shows goes through here. */
    public static String text(String s) {
        return escape(SafeText.clean(s));
    }

    public static String text(String s, int max) {
        return escape(SafeText.clean(s, max));
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '`' -> sb.append("&#96;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
