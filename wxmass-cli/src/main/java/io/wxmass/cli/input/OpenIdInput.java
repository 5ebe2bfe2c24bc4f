package io.wxmass.cli.input;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.OpenIdSyntax;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Openids as the CLI takes them, checked here against {@link OpenIdSyntax} with their place named (a file and
 * line, or the position in a flag's list), so a stray character fails the command before any call instead of a
 * whole batch failing with 40003.
 */
public final class OpenIdInput {
    private OpenIdInput() {
    }

    /** Non-blank lines, comments ({@code #}) skipped: the file format campaigns read too. */
    public static List<String> file(Path file, String field, long maxBytes) {
        List<String> lines = FileInput.lines(file, field, maxBytes);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i).strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(checked(id, field, file + " line " + (i + 1)));
            }
        }
        return ids;
    }

    /** The openids of a flag such as {@code --to}, unchanged, once each is checked. */
    public static List<String> list(List<String> openIds, String field) {
        for (int i = 0; i < openIds.size(); i++) {
            checked(openIds.get(i), field, "openid #" + (i + 1));
        }
        return openIds;
    }

    public static String one(String openId, String field) {
        return checked(openId, field, "openid");
    }

    private static String checked(String openId, String field, String where) {
        if (!OpenIdSyntax.isValid(openId)) {
            throw new InvalidRequestException(field, where + ": " + OpenIdSyntax.RULE);
        }
        return openId;
    }
}
