package io.wxmass.core.mass;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The platform accepted the send job (accepted, not delivered: the outcome arrives later as a
 * MASSSENDJOBFINISH event or through {@link MassApi#status(long)}).
 *
 * @param msgId       the job's msg_id
 * @param msgDataId   msg_data_id, present for mpnews (and sometimes text)
 * @param clientMsgId the clientmsgid the send carried
 * @param duplicate   true when the platform already had a job for this clientmsgid (45065) and this
 *                    is that job: nothing new was sent
 */
public record SendReceipt(long msgId, OptionalLong msgDataId, String clientMsgId, boolean duplicate) {
    public SendReceipt {
        Objects.requireNonNull(msgDataId, "msgDataId");
        Objects.requireNonNull(clientMsgId, "clientMsgId");
    }
}
