package io.wxmass.cli.command;

import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.media.UploadedMedia;

import java.util.LinkedHashMap;
import java.util.Map;

/** The field names the CLI prints for SDK values, one place so --json stays stable across commands. */
final class Results {
    private Results() {
    }

    static Map<String, Object> receipt(SendReceipt receipt) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("msgId", receipt.msgId());
        receipt.msgDataId().ifPresent(id -> out.put("msgDataId", id));
        out.put("clientMsgId", receipt.clientMsgId());
        out.put("duplicate", receipt.duplicate());
        return out;
    }

    static Map<String, Object> uploaded(UploadedMedia media) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", media.type());
        out.put("mediaId", media.mediaId());
        out.put("createdAt", media.createdAt().toString());
        return out;
    }

    static Map<String, Object> of(String key, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(key, value);
        return out;
    }
}
