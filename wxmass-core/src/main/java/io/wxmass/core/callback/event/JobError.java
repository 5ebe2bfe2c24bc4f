package io.wxmass.core.callback.event;

import java.util.Optional;

/** The documented {@code err(n)} values of a MASSSENDJOBFINISH status (docs/platform.md §4.2). */
public enum JobError {
    ADVERTISING(10001, "suspected advertising (涉嫌广告)"),
    POLITICS(20001, "suspected political content (涉嫌政治)"),
    PORNOGRAPHY(20002, "suspected pornography (涉嫌色情)"),
    SOCIAL(20004, "suspected social issue (涉嫌社会)"),
    CRIME(20006, "suspected illegal or criminal content (涉嫌违法犯罪)"),
    FRAUD(20008, "suspected fraud (涉嫌欺诈)"),
    COPYRIGHT(20013, "suspected copyright infringement (涉嫌版权)"),
    OTHER(21000, "suspected other violation (涉嫌其他)"),
    MUTUAL_PROMOTION(22000, "suspected mutual promotion (涉嫌互推)"),
    ORIGINALITY_SYSTEM_ERROR(30001,
            "originality check failed with a system error and the sender chose not to send reprints"),
    ORIGINALITY_REJECTED(30002, "originality check: the article may not be mass-sent"),
    REPRINT_NOT_SENT(30003,
            "originality check judged it a reprint and the sender chose not to send reprints"),
    ADMIN_REFUSED(40001, "an administrator refused the send (API mass-send protection)"),
    ADMIN_TIMEOUT(40002, "no administrator answered within 30 minutes");

    private final int code;
    private final String meaning;

    JobError(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<JobError> of(int code) {
        for (JobError error : values()) {
            if (error.code == code) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }
}
