package io.wxmass.campaign.run;

import io.wxmass.campaign.SendOutcome;
import io.wxmass.core.error.ErrorCodes;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.quota.QuotaWindow;

/**
 * The outcome class of each answer to a send. The one rule above the table: once an attempt of the batch may
 * have gone out (a lost answer, a worker that died mid-attempt), no refusal can prove it did not, so a
 * refusal that would otherwise be {@link SendOutcome#PERMANENT} is {@link SendOutcome#UNCERTAIN}.
 */
final class Outcomes {
    private Outcomes() {
    }

    /**
     * @param uncertainBefore an earlier attempt of this batch may have gone out
     */
    static SendOutcome of(WeChatApiException refusal, boolean uncertainBefore) {
        boolean uncertain = uncertainBefore || refusal.followsUnknownOutcome();
        int code = refusal.errcode();
        if (refusal.awaitingAdminConfirmation()) {
            return SendOutcome.WAITING_FOR_ADMIN;
        }
        if (code == ErrorCodes.SYSTEM_ERROR || code == ErrorCodes.CLIENTMSGID_RETRY_TOO_FAST) {
            return SendOutcome.RETRY_NOW;
        }
        if (code == ErrorCodes.NO_MASSSEND_QUOTA) {
            return SendOutcome.DEFER;
        }
        var window = QuotaWindow.of(refusal);
        if (window.isPresent()) {
            return window.get() == QuotaWindow.MINUTE ? SendOutcome.RETRY_NOW : SendOutcome.DEFER;
        }
        if (code == ErrorCodes.CLIENTMSGID_EXIST) {
            // 45065 without a msg_id: the platform has a job for this clientmsgid but does not say which.
            return SendOutcome.UNCERTAIN;
        }
        return uncertain ? SendOutcome.UNCERTAIN : SendOutcome.PERMANENT;
    }

    /** A lost or unreadable answer may hide an accepted job; a connection that never opened sent nothing. */
    static SendOutcome of(TransportException failure) {
        return failure.outcomeUnknown() ? SendOutcome.UNCERTAIN : SendOutcome.RETRY_NOW;
    }

    /** Whether this answer itself (not only the batch's past) says the send may have gone out. */
    static boolean marksUncertain(WeChatApiException refusal) {
        return refusal.followsUnknownOutcome() || refusal.errcode() == ErrorCodes.CLIENTMSGID_RETRY_TOO_FAST
                || refusal.errcode() == ErrorCodes.CLIENTMSGID_EXIST;
    }
}
