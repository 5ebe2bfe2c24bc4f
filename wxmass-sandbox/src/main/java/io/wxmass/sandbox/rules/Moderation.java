package io.wxmass.sandbox.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Content review (docs/platform.md §4.2 err(n)): a configured word found in a text or an article gives the job the
 * word's err status, e.g. 10001 (advertising). Words are tried in a fixed order so verdicts are reproducible.
 */
public final class Moderation {
    private final Map<String, Integer> words;

    public Moderation(Map<String, Integer> words) {
        this.words = new TreeMap<>(Objects.requireNonNull(words, "words"));
    }

    /** The err status for the first configured word any text contains. */
    public Optional<Integer> verdict(List<String> texts) {
        for (Map.Entry<String, Integer> w : words.entrySet()) {
            for (String text : texts) {
                if (text.contains(w.getKey())) {
                    return Optional.of(w.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
