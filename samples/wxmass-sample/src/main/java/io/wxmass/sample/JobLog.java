package io.wxmass.sample;

import io.wxmass.core.callback.event.MassSendJobFinished;
import io.wxmass.spring.WxMassCallbackEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears every MASSSENDJOBFINISH the starter's callback endpoint accepted (verified, decrypted, deduplicated).
 * In memory for the sample; a real application records the outcome in its own store here.
 */
@Component
public class JobLog {
    private static final Logger log = LoggerFactory.getLogger(JobLog.class);
    private final List<MassSendJobFinished> finished = new CopyOnWriteArrayList<>();

    @EventListener
    void on(WxMassCallbackEvent<MassSendJobFinished> push) {
        MassSendJobFinished job = push.event();
        log.info("job {} of account {} finished: {} sent, {} errors", job.msgId(), push.account(), job.sentCount(),
                job.errorCount());
        finished.add(job);
    }

    public List<MassSendJobFinished> finished() {
        return List.copyOf(finished);
    }
}
