package dev.crisiswatch.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Config errors told without the config's text. SnakeYAML quotes the offending line under a caret
 * and Jackson quotes the offending value; in a config holding `sasl.jaas.config` either can be a
 * password. What is kept: line and column, the path of keys, the expected type, and SnakeYAML's
 * description of the problem with anything it quotes from the file removed.
 */
final class ConfigErrors {
    /** A quoted fragment of the file in a SnakeYAML problem; token names ('<block end>') are not. */
    private static final Pattern QUOTED = Pattern.compile("'([^'<][^']*)'");

    private ConfigErrors() {}

    static String describe(JsonProcessingException e) {
        MarkedYAMLException yaml = yamlCause(e);
        if (yaml != null) {
            Mark at = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
            String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
            return "invalid YAML" + lineAndColumn(at) + ": " + context + withoutQuotes(yaml.getProblem());
        }
        String where = location(e.getLocation());
        String path = e instanceof JsonMappingException m ? keyPath(m) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown key '" + u.getPropertyName() + "'" + (path.contains(".") ? " in " + parent(path) : "")
                    + where + "; known keys: " + names(u.getKnownPropertyIds());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "'" + path + "'" + where + " must be " + typeName(m.getTargetType());
        }
        return (path.isEmpty() ? "invalid config" : "invalid value for '" + path + "'") + where;
    }

    private static MarkedYAMLException yamlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) return m;
            if (t.getCause() == t) break;
        }
        return null;
    }

    /** SnakeYAML's problem without what it quotes of the file: a character or two, or a whole value. */
    private static String withoutQuotes(String problem) {
        if (problem == null) return "syntax error";
        String s = QUOTED.matcher(problem).replaceAll(r -> isCharacterName(r.group(1))
                ? Matcher.quoteReplacement(r.group()) : "'...'");
        int found = s.indexOf("found: ");
        return found < 0 ? s : s.substring(0, found + 5) + " something else";
    }

    /** A single character or SnakeYAML's name of one ("\t(TAB)"): too short to give a secret away. */
    private static boolean isCharacterName(String quoted) {
        return quoted.codePointCount(0, quoted.length()) == 1 || quoted.matches("\\\\[a-z0-9]+\\([A-Z]+\\)");
    }

    private static String lineAndColumn(Mark m) {
        return m == null ? "" : " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
    }

    private static String location(JsonLocation l) {
        return l == null || l.getLineNr() < 0 ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    /** The keys from the top of the file to the error: `kafka.properties[sasl.jaas.config]`. */
    private static String keyPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() == null) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFrom() instanceof Map) {
                sb.append('[').append(r.getFieldName()).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            }
        }
        return sb.toString();
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('.'));
    }

    private static String names(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String typeName(Class<?> type) {
        if (Map.class.isAssignableFrom(type)) return "a mapping of keys to values";
        if (Collection.class.isAssignableFrom(type)) return "a list";
        if (type == String.class) return "a single value (text)";
        return "a value of type " + type.getSimpleName();
    }
}
