package io.wxmass.sandbox.delivery;

/** The msg_status values of /cgi-bin/message/mass/get (docs/platform.md §1.9). */
public enum JobStatus {
    SENDING,
    SEND_SUCCESS,
    SEND_FAIL,
    DELETE
}
