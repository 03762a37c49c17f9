package dev.crisiswatch.model;

/**
 * Reads the usual shape of an ISO-8601 instant, {@code 2026-03-02T09:15:00.123Z} or with an offset
 * {@code 2015-02-24T11:35:52-08:00}, straight from the parser's characters into epoch milliseconds: no
 * String, no java.time objects (java.time's parsers were a tenth of the job's CPU per event). Any other
 * shape, or an impossible date, is left to java.time by returning {@link #UNSUPPORTED}.
 */
final class IsoInstants {
    static final long UNSUPPORTED = Long.MIN_VALUE;
    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private IsoInstants() {}

    static long parseMillis(char[] c, int off, int len) {
        if (len < 20 || c[off + 4] != '-' || c[off + 7] != '-' || c[off + 10] != 'T' || c[off + 13] != ':'
                || c[off + 16] != ':') {
            return UNSUPPORTED;
        }
        int year = digits(c, off, 4);
        int month = digits(c, off + 5, 2);
        int day = digits(c, off + 8, 2);
        int hour = digits(c, off + 11, 2);
        int minute = digits(c, off + 14, 2);
        int second = digits(c, off + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return UNSUPPORTED;
        }
        int i = off + 19;
        int end = off + len;
        int millis = 0;
        if (c[i] == '.') {
            int start = ++i;
            while (i < end && c[i] >= '0' && c[i] <= '9') {
                if (i - start < 3) millis = millis * 10 + (c[i] - '0');
                i++;
            }
            int n = i - start;
            if (n == 0 || n > 9) return UNSUPPORTED;
            for (int k = n; k < 3; k++) millis *= 10;
        }
        long offsetSeconds;
        if (i == end - 1 && c[i] == 'Z') {
            offsetSeconds = 0;
        } else if (i == end - 6 && (c[i] == '+' || c[i] == '-') && c[i + 3] == ':') {
            int oh = digits(c, i + 1, 2);
            int om = digits(c, i + 4, 2);
            if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om > 0)) return UNSUPPORTED;
            offsetSeconds = (oh * 3600L + om * 60L) * (c[i] == '-' ? -1 : 1);
        } else {
            return UNSUPPORTED;
        }
        long seconds = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return seconds * 1000L + millis;
    }

    private static int digits(char[] c, int at, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            char ch = c[at + k];
            if (ch < '0' || ch > '9') return -1;
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date in years 0..9999. */
    private static long epochDay(int year, int month, int day) {
        long y = year - 1L;
        long daysBeforeYear = 365 * y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400);
        long dayOfYear = DAYS_BEFORE_MONTH[month - 1] + (month > 2 && isLeap(year) ? 1 : 0) + day - 1;
        return daysBeforeYear + dayOfYear - 719_162; // 719,162 days from 0001-01-01 to 1970-01-01
    }
}
