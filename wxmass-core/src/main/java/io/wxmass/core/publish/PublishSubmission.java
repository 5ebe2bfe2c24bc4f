package io.wxmass.core.publish;

import java.util.Objects;
import java.util.Optional;

/**
 * freepublish/submit's answer: the task was accepted, not finished; follow it with
 * {@code publishing().status(publishId)} or the PUBLISHJOBFINISH push.
 *
 * @param msgDataId listed in the answer's table, missing from its example
 */
public record PublishSubmission(String publishId, Optional<String> msgDataId) {
    public PublishSubmission {
        Objects.requireNonNull(publishId, "publishId");
        Objects.requireNonNull(msgDataId, "msgDataId");
    }
}
