package dev.crisiswatch.job.reliability;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Every logger's output at INFO and above (Kafka's too, which the test config keeps at ERROR), with
 * stack traces, while an action runs; the console stays at WARN. Also: a config file full of Kafka
 * secrets for the tests that look for them in the logs.
 */
final class LogCapture {
    static final List<String> SECRETS = List.of("s3cr3t-Hunter2", "tr0ub4dor-and-3", "oauth-CLIENT-secret-77");

    private static final StringWriter TEXT = new StringWriter();

    private LogCapture() {}

    /** A job config with {@link #SECRETS} in its Kafka properties. */
    static String configWithSecrets(String securityProtocol, String deliveryGuarantee) {
        return """
                kafka:
                  deliveryGuarantee: %s
                  properties:
                    security.protocol: %s
                    sasl.mechanism: SCRAM-SHA-512
                    sasl.jaas.config: "org.apache.kafka.common.security.scram.ScramLoginModule required username='crisis' password='%s';"
                    ssl.truststore.password: %s
                    sasl.oauthbearer.client.credentials.client.secret: %s
                """.formatted(deliveryGuarantee, securityProtocol, SECRETS.get(0), SECRETS.get(1), SECRETS.get(2));
    }

    interface Action {
        void run() throws Exception;
    }

    /** What was logged while the action ran. */
    static String during(Action action) throws Exception {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration conf = ctx.getConfiguration();
        WriterAppender appender = WriterAppender.newBuilder().setName("capture").setTarget(TEXT)
                .setLayout(PatternLayout.newBuilder().withPattern("%c - %m%n%throwable").build()).build();
        synchronized (TEXT) {
            TEXT.getBuffer().setLength(0);
        }
        appender.start();
        Map<LoggerConfig, Level> levels = new HashMap<>();
        for (LoggerConfig l : conf.getLoggers().values()) levels.put(l, l.getLevel());
        LoggerConfig root = conf.getRootLogger();
        levels.put(root, root.getLevel());
        Map<String, Appender> consoles = new HashMap<>(root.getAppenders());
        consoles.keySet().forEach(root::removeAppender);
        consoles.values().forEach(a -> root.addAppender(a, Level.WARN, null));
        root.addAppender(appender, Level.INFO, null);
        levels.keySet().forEach(l -> l.setLevel(Level.INFO));
        ctx.updateLoggers();
        try {
            action.run();
        } finally {
            root.removeAppender("capture");
            consoles.keySet().forEach(root::removeAppender);
            consoles.values().forEach(a -> root.addAppender(a, null, null));
            levels.forEach(LoggerConfig::setLevel);
            ctx.updateLoggers();
            appender.stop();
        }
        return soFar();
    }

    /** The text captured so far, readable while the action still runs. */
    static String soFar() {
        return TEXT.toString();
    }
}
