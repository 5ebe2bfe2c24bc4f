package io.wxmass.spring;

/** A {@code wxmass.*} property that core refused: names the property and the rule, never the value. */
public final class WxMassPropertyException extends IllegalStateException {
    private final String property;
    private final String rule;

    WxMassPropertyException(String property, String rule, Throwable cause) {
        super(property + ": " + rule, cause);
        this.property = property;
        this.rule = rule;
    }

    public String property() {
        return property;
    }

    public String rule() {
        return rule;
    }
}
