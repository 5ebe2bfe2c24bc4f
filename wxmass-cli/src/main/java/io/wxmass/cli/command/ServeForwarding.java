package io.wxmass.cli.command;

import io.wxmass.campaign.inbox.ForwardFormat;
import io.wxmass.campaign.inbox.ForwardKey;
import io.wxmass.campaign.inbox.ForwardSettings;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.config.Setting;
import io.wxmass.core.error.InvalidRequestException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * serve's forwarding settings, each from its flag, else the environment, else the config file (the
 * {@link Setting}s FORWARD_*), else its default; the key from its file, else {@link ForwardKey#ENV}. A refusal
 * names the flag, never the key.
 */
final class ServeForwarding {
    private static final Map<String, Setting> FIELDS = Map.of("forwardTo", Setting.FORWARD_TO, "forwardFormat", Setting.FORWARD_FORMAT,
            "forwardDeadline", Setting.FORWARD_DEADLINE, "forwardKey", Setting.FORWARD_KEY_FILE, "forwardKeyFile", Setting.FORWARD_KEY_FILE);

    private ServeForwarding() {
    }

    /** Forwarding when a target is set anywhere; else none (the other FORWARD_* settings are then unused). */
    static Optional<ForwardSettings> resolve(URI toFlag, String formatFlag, Path keyFileFlag, Duration deadlineFlag, ResolvedConfig config) {
        try {
            Optional<URI> to = toFlag != null ? Optional.of(toFlag) : config.optional(Setting.FORWARD_TO).map(ServeForwarding::uri);
            if (to.isEmpty()) {
                return Optional.empty();
            }
            String format = formatFlag != null ? formatFlag : config.optional(Setting.FORWARD_FORMAT).orElse("xml");
            Duration deadline = deadlineFlag != null ? deadlineFlag
                    : config.optional(Setting.FORWARD_DEADLINE).map(ServeForwarding::duration).orElse(ForwardSettings.DEFAULT_DEADLINE);
            Optional<Path> keyFile = keyFileFlag != null ? Optional.of(keyFileFlag) : config.optional(Setting.FORWARD_KEY_FILE).map(Path::of);
            ForwardKey key;
            if (keyFile.isPresent()) {
                key = ForwardKey.fromFile(keyFile.get());
            } else {
                String fromEnv = System.getenv(ForwardKey.ENV);
                if (fromEnv == null || fromEnv.isBlank()) {
                    throw new InvalidRequestException("forwardKeyFile", "required with --forward-to (or set " + ForwardKey.ENV + ")");
                }
                key = ForwardKey.of(fromEnv);
            }
            return Optional.of(ForwardSettings.of(to.get(), ForwardFormat.parse(format), key).withDeadline(deadline));
        } catch (InvalidRequestException e) {
            Setting setting = FIELDS.get(e.field());
            throw setting == null ? e : new InvalidRequestException(setting.flag(), e.rule());
        }
    }

    /** The target as serve prints it: no query, which may carry a token of the application's. */
    static String shown(URI target) {
        return target.getScheme() + "://" + target.getAuthority() + target.getRawPath();
    }

    private static URI uri(String value) {
        try {
            return new URI(value);
        } catch (java.net.URISyntaxException e) {
            throw new InvalidRequestException("forwardTo", "an http or https URL, was '" + value + "'");
        }
    }

    private static Duration duration(String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("forwardDeadline", "an ISO-8601 duration such as PT3S, was '" + value + "'");
        }
    }
}
