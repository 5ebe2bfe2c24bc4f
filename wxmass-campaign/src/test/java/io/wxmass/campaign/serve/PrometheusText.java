package io.wxmass.campaign.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format 0.0.4 (prometheus.io/docs/instrumenting/exposition_formats):
 * every line is a {@code # HELP}, a {@code # TYPE} (before the family's samples, once), or a sample
 * {@code name{label="value",...} value}; label values use only the three escapes; anything else fails the parse.
 */
final class PrometheusText {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(.*)})? (\\S+)( -?\\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
    private static final Set<String> SUFFIXES = Set.of("_count", "_sum", "_bucket", "_max", "_total", "_created");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private PrometheusText() {
    }

    static List<Sample> parse(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition must end with a newline");
        }
        Map<String, String> types = new HashMap<>();
        Set<String> seenSamples = new java.util.HashSet<>();
        List<Sample> samples = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = TYPE.matcher(line)).matches()) {
                if (types.put(m.group(1), m.group(2)) != null || seenSamples.contains(m.group(1))) {
                    throw new IllegalArgumentException("line " + n + ": TYPE repeated or after samples: " + line);
                }
            } else if (HELP.matcher(line).matches()) {
                continue;
            } else if (line.startsWith("#")) {
                throw new IllegalArgumentException("line " + n + ": unknown comment form: " + line);
            } else if ((m = SAMPLE.matcher(line)).matches()) {
                String name = m.group(1);
                String family = family(name, types);
                if (family == null) {
                    throw new IllegalArgumentException("line " + n + ": sample without a TYPE: " + line);
                }
                seenSamples.add(family);
                samples.add(new Sample(name, labels(m.group(3) == null ? "" : m.group(3), n), value(m.group(4), n)));
            } else {
                throw new IllegalArgumentException("line " + n + ": not a sample: " + line);
            }
        }
        return samples;
    }

    /** The samples named {@code name} whose labels include {@code labels}. */
    static List<Sample> find(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    private static String family(String name, Map<String, String> types) {
        if (types.containsKey(name)) {
            return name;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && types.containsKey(name.substring(0, name.length() - suffix.length()))) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private static Map<String, String> labels(String body, int n) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher m = LABEL.matcher(body);
        int at = 0;
        while (at < body.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("line " + n + ": bad labels: {" + body + "}");
            }
            if (labels.put(m.group(1), m.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\")) != null) {
                throw new IllegalArgumentException("line " + n + ": label repeated: " + m.group(1));
            }
            at = m.end();
        }
        return labels;
    }

    private static double value(String text, int n) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + n + ": not a value: " + text);
                }
            }
        };
    }

    static Optional<Double> value(List<Sample> samples, String name, Map<String, String> labels) {
        List<Sample> found = find(samples, name, labels);
        return found.size() == 1 ? Optional.of(found.get(0).value()) : Optional.empty();
    }
}
