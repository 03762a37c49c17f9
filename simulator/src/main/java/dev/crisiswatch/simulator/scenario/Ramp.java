package dev.crisiswatch.simulator.scenario;

/**
 * A rate that rises linearly from 0 to its peak, holds, then falls linearly to 0 at its end
 * (epoch milliseconds). The shape of a slow burn, a surge of tickets or a flood.
 */
public record Ramp(double peakPerMinute, long startMillis, long endMillis, long rampUpMillis, long fadeOutMillis) {

    public Ramp {
        if (peakPerMinute < 0) throw new IllegalArgumentException("peakPerMinute must be >= 0");
        if (endMillis <= startMillis) throw new IllegalArgumentException("a ramp must end after it starts");
        if (rampUpMillis + fadeOutMillis > endMillis - startMillis) {
            throw new IllegalArgumentException("rampUp + fadeOut is longer than the time the ramp has");
        }
    }

    public double perMinuteAt(long t) {
        if (t < startMillis || t >= endMillis) return 0;
        if (rampUpMillis > 0 && t < startMillis + rampUpMillis) {
            return peakPerMinute * (t - startMillis) / rampUpMillis;
        }
        if (fadeOutMillis > 0 && t > endMillis - fadeOutMillis) {
            return peakPerMinute * (endMillis - t) / fadeOutMillis;
        }
        return peakPerMinute;
    }
}
