package io.wxmass.core.lint;

/** How much a {@link Finding} matters. */
public enum Severity {
    /** The send would fail or do what the caller did not mean: do not send. */
    ERROR,
    /** The send can go, but a choice is left to chance or a path is outdated: look before sending. */
    WARNING
}
