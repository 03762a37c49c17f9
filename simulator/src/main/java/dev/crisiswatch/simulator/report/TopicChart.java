package dev.crisiswatch.simulator.report;

import dev.crisiswatch.model.Alert;
import dev.crisiswatch.model.AlertStatus;
import dev.crisiswatch.model.Severity;
import dev.crisiswatch.simulator.evaluate.EventTimes;
import dev.crisiswatch.simulator.evaluate.Incident;
import dev.crisiswatch.simulator.evaluate.MinuteSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws one topic's activity as a PNG: mentions per minute against a rolling baseline on top, the
 * negative share below, incidents shaded (red crisis, green benign) and alerts as vertical lines
 * coloured by severity.
 */
final class TopicChart {
    /** The baseline drawn: mean volume of the previous three hours. */
    static final int BASELINE_MINUTES = 180;
    static final int BASELINE_WARMUP_MINUTES = 30;
    /** Negative share is smoothed over this many minutes so that single posts do not dominate. */
    static final int SHARE_MINUTES = 15;
    static final int SHARE_MIN_MENTIONS = 5;
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 420;

    private TopicChart() {}

    static String pngDataUri(MinuteSeries s, List<Incident> incidents, List<Alert> alerts) throws IOException {
        JFreeChart chart = chart(s, incidents, alerts);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** Minutes per plotted point: every minute up to a day, then coarser so that a week stays readable. */
    static int bucketMinutes(int minutes) {
        if (minutes <= 24 * 60) return 1;
        if (minutes <= 3 * 24 * 60) return 5;
        return 15;
    }

    static JFreeChart chart(MinuteSeries s, List<Incident> incidents, List<Alert> alerts) {
        int step = bucketMinutes(s.length());
        String per = step == 1 ? "" : " (" + step + "-min mean)";
        XYSeries volume = new XYSeries("mentions / min" + per, false, false);
        XYSeries complaints = new XYSeries("complaints / min" + per, false, false);
        XYSeries baseline = new XYSeries("rolling 3 h mean", false, false);
        XYSeries share = new XYSeries("negative share (15 min)", false, false);
        int[] m = s.mentions();
        long window = 0;
        long shareMentions = 0;
        long shareNegative = 0;
        long bucketMentions = 0;
        long bucketComplaints = 0;
        for (int i = 0; i < s.length(); i++) {
            long x = s.minuteAt(i);
            boolean plotted = i % step == 0;
            // Until three hours have passed, the mean of what there is (after half an hour, to not draw noise).
            if (plotted && i >= BASELINE_WARMUP_MINUTES) baseline.add(x, window / (double) Math.min(i, BASELINE_MINUTES));
            window += m[i];
            if (i >= BASELINE_MINUTES) window -= m[i - BASELINE_MINUTES];
            shareMentions += m[i];
            shareNegative += s.negativeMentions()[i];
            if (i >= SHARE_MINUTES) {
                shareMentions -= m[i - SHARE_MINUTES];
                shareNegative -= s.negativeMentions()[i - SHARE_MINUTES];
            }
            // A share of two or three posts is noise: leave a gap in the line instead.
            if (plotted) share.add(x, shareMentions >= SHARE_MIN_MENTIONS ? shareNegative / (double) shareMentions : null);
            bucketMentions += m[i];
            bucketComplaints += s.complaints()[i];
            if (i % step == step - 1 || i == s.length() - 1) {
                long bucketStart = s.minuteAt(i - i % step);
                volume.add(bucketStart, bucketMentions / (double) step);
                complaints.add(bucketStart, bucketComplaints / (double) step);
                bucketMentions = 0;
                bucketComplaints = 0;
            }
        }

        XYSeriesCollection top = new XYSeriesCollection();
        top.addSeries(volume);
        top.addSeries(complaints);
        top.addSeries(baseline);
        XYLineAndShapeRenderer topRenderer = new XYLineAndShapeRenderer(true, false);
        topRenderer.setDrawSeriesLineAsPath(true);
        topRenderer.setSeriesPaint(0, new Color(0x1f77b4));
        topRenderer.setSeriesPaint(1, new Color(0x9467bd));
        topRenderer.setSeriesPaint(2, Color.DARK_GRAY);
        topRenderer.setSeriesStroke(2, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        XYPlot volumePlot = new XYPlot(top, null, new NumberAxis("per minute"), topRenderer);

        XYSeriesCollection bottom = new XYSeriesCollection(share);
        XYLineAndShapeRenderer shareRenderer = new XYLineAndShapeRenderer(true, false);
        shareRenderer.setSeriesPaint(0, new Color(0xd62728));
        NumberAxis shareAxis = new NumberAxis("negative");
        shareAxis.setRange(0, 1);
        XYPlot sharePlot = new XYPlot(bottom, null, shareAxis, shareRenderer);

        DateAxis time = new DateAxis("event time (UTC)");
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.add(volumePlot, 3);
        plot.add(sharePlot, 1);
        for (XYPlot p : List.of(volumePlot, sharePlot)) {
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(new Color(0xdddddd));
            p.setDomainGridlinePaint(new Color(0xdddddd));
            shade(p, incidents);
            mark(p, alerts);
        }
        JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 12), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void shade(XYPlot p, List<Incident> incidents) {
        for (Incident i : incidents) {
            Color c = i.isCrisis() ? new Color(214, 39, 40, 40) : new Color(44, 160, 44, 40);
            IntervalMarker marker = new IntervalMarker(i.onset().toEpochMilli(), i.end().toEpochMilli(), c);
            p.addDomainMarker(marker, Layer.BACKGROUND);
        }
    }

    private static void mark(XYPlot p, List<Alert> alerts) {
        for (Alert a : alerts) {
            Instant t = EventTimes.parseOrNull(a.eventTime);
            if (t == null) continue;
            boolean resolved = a.status == AlertStatus.RESOLVED;
            ValueMarker marker = new ValueMarker(t.toEpochMilli(), resolved ? Color.GRAY : colour(a.severity),
                    resolved ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2f, 3f}, 0f)
                            : new BasicStroke(a.status == AlertStatus.OPEN ? 2f : 1f));
            p.addDomainMarker(marker, Layer.FOREGROUND);
        }
    }

    static Color colour(Severity s) {
        if (s == null) return Color.GRAY;
        return switch (s) {
            case CRITICAL -> new Color(0xb00020);
            case WARNING -> new Color(0xff7f0e);
            case WATCH -> new Color(0xd4b000);
            case INFO -> new Color(0x2ca02c);
        };
    }

    static String cssColour(Severity s) {
        Color c = colour(s);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
