package io.wxmass.testing;

import java.util.Map;

/**
 * What one tag's members received from mass jobs, as the sandbox delivered it.
 *
 * @param tagId     the tag
 * @param members   how many followers carry the tag now
 * @param byMsgType per message type, how many members received at least one such message
 * @param byMsgId   per job, how many members received it
 */
public record TagDelivery(int tagId, int members, Map<String, Integer> byMsgType, Map<Long, Integer> byMsgId) {
    public TagDelivery {
        byMsgType = Map.copyOf(byMsgType);
        byMsgId = Map.copyOf(byMsgId);
    }

    /** How many members received job {@code msgId}. */
    public int receivedJob(long msgId) {
        return byMsgId.getOrDefault(msgId, 0);
    }
}
