package io.wxmass.cli.output;

import io.wxmass.campaign.CampaignStateException;
import io.wxmass.core.error.ErrorKind;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;

import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A failure as the CLI reports it: one line for people, the same facts as fields for --json, and
 * the exit code. Built only from the exceptions' own messages, which never hold secrets.
 */
public record Failure(int exitCode, String kind, String field, String message) {
    public Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static Failure of(Throwable error) {
        return of(error, null);
    }

    /** A flag or argument picocli refused; the message says which and where to look. */
    public static Failure usage(String field, String message) {
        return new Failure(ErrorKind.INVALID.exitCode(), "usage", field, message);
    }

    /**
     * The exit code and kind come from core's one map ({@link ErrorKind}); only the wording is the CLI's own.
     *
     * @param baseUrl the platform the command talked to, named in network failures; null if none
     */
    public static Failure of(Throwable error, String baseUrl) {
        ErrorKind kind = ErrorKind.of(error);
        if (kind == ErrorKind.INTERNAL) {
            Failure listen = listenFailure(error);
            if (listen != null) {
                return listen;
            }
        }
        String text = oneLine(error.getMessage());
        String message = switch (kind) {
            case INVALID -> error instanceof InvalidRequestException e ? e.field() + ": " + e.rule() : text;
            case PLATFORM -> "platform refused: " + text;
            case NETWORK -> "network: " + (baseUrl == null ? "" : "cannot reach " + baseUrl + ": ") + text + causeOf(error);
            case NOT_FOUND, CONFLICT -> (error instanceof CampaignStateException ? "campaign: " : "") + text;
            case STORE -> "store: " + text + causeOf(error);
            case INTERNAL -> "internal error: " + error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + text);
        };
        return new Failure(kind.exitCode(), kind.label(), field(error), message);
    }

    /** What the failure is about: the field, the endpoint, or the campaign; null when nothing narrower applies. */
    private static String field(Throwable error) {
        if (error instanceof InvalidRequestException e) {
            return e.field();
        }
        if (error instanceof WeChatApiException e) {
            return e.endpoint();
        }
        if (error instanceof TransportException e) {
            return e.endpoint();
        }
        return error instanceof CampaignStateException ? "campaign" : null;
    }

    /**
     * A server (serve, sandbox) that could not open its port: taken is the network's fault (3); a host that does
     * not resolve, or is no address of this machine, is the operator's (2). Never "internal".
     */
    private static Failure listenFailure(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof UnresolvedAddressException || e instanceof UnknownHostException) {
                return new Failure(ErrorKind.INVALID.exitCode(), ErrorKind.INVALID.label(), "--host",
                        "--host: cannot resolve the address to listen on (" + oneLine(error.getMessage()) + ")");
            }
            if (e instanceof BindException bind) {
                String reason = oneLine(bind.getMessage());
                if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
                    return new Failure(ErrorKind.NETWORK.exitCode(), ErrorKind.NETWORK.label(), "--port",
                            "network: " + oneLine(error.getMessage()) + ": the port is already in use");
                }
                return new Failure(ErrorKind.INVALID.exitCode(), ErrorKind.INVALID.label(), "--host",
                        "--host: not an address of this machine (" + oneLine(error.getMessage()) + ": " + reason + ")");
            }
        }
        return null;
    }

    /** The line printed on stderr. */
    public String line() {
        return "wxmass: error: " + message;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind);
        if (field != null) {
            json.put("field", field);
        }
        json.put("message", message);
        json.put("exitCode", exitCode);
        return Map.of("error", json);
    }

    private static String causeOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == e || root.getMessage() == null || e.getMessage().contains(root.getMessage())) {
            return "";
        }
        return " (" + oneLine(root.getMessage()) + ")";
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
