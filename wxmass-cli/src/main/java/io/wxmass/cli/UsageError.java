package io.wxmass.cli;

import io.wxmass.cli.config.Setting;
import io.wxmass.cli.output.Failure;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A parse error as the CLI reports it: the flag it is about, and where to look. Never a value the user
 * typed: what follows an unknown flag may be a secret given to a misspelt {@code --app-secret}, so an
 * unknown option is named without its value and the arguments after it are counted, not shown.
 */
final class UsageError {
    /** Flags whose values are secrets; hidden from every usage message as a second line of defence. */
    private static final Set<String> SECRET_FLAGS = Stream.concat(
            Arrays.stream(Setting.values()).filter(Setting::secret).map(Setting::flag),
            Stream.of("--admin-token")).collect(Collectors.toUnmodifiableSet());

    private UsageError() {
    }

    static Failure of(ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        String message = e instanceof UnmatchedArgumentException unmatched
                ? unmatched(unmatched, where)
                : e.getMessage().replaceFirst("^Error: ", "");
        String field = e.getArgSpec() instanceof OptionSpec option ? option.longestName() : firstUnknownOption(e);
        return Failure.usage(field, hideSecretValues(message, args)
                + " (see " + where.getCommandSpec().qualifiedName() + " --help)");
    }

    /** True when {@code --json} is among the options (before a {@code --} end-of-options marker). */
    static boolean wantsJson(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--json")) {
                return true;
            }
        }
        return false;
    }

    private static String unmatched(UnmatchedArgumentException e, CommandLine where) {
        List<String> shown = new ArrayList<>();
        int hidden = 0;
        boolean afterOption = false;
        for (String arg : e.getUnmatched()) {
            if (isOption(arg)) {
                shown.add("'" + optionName(arg) + "'");
                afterOption = true;
            } else if (afterOption) {
                hidden++;
            } else {
                shown.add("'" + arg + "'");
            }
        }
        boolean options = e.getUnmatched().stream().anyMatch(UsageError::isOption);
        String what = options ? "unknown option" : where.getSubcommands().isEmpty() ? "unexpected argument" : "unknown command";
        StringBuilder message = new StringBuilder(what).append(shown.size() > 1 ? "s " : " ").append(String.join(", ", shown));
        if (hidden > 0) {
            message.append(" and ").append(hidden).append(hidden == 1 ? " more argument" : " more arguments").append(" (not shown)");
        }
        List<String> suggestions = e.getSuggestions();
        if (!suggestions.isEmpty()) {
            message.append("; did you mean ").append(String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))).append('?');
        }
        return message.toString();
    }

    private static String firstUnknownOption(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            return u.getUnmatched().stream().filter(UsageError::isOption).map(UsageError::optionName).findFirst().orElse(null);
        }
        return null;
    }

    private static boolean isOption(String arg) {
        return arg.length() > 1 && arg.startsWith("-");
    }

    private static String optionName(String arg) {
        int eq = arg.indexOf('=');
        return eq < 0 ? arg : arg.substring(0, eq);
    }

    private static String hideSecretValues(String message, String[] args) {
        String hidden = message;
        for (int i = 0; i < args.length; i++) {
            String value = null;
            int eq = args[i].indexOf('=');
            if (eq > 0 && SECRET_FLAGS.contains(args[i].substring(0, eq))) {
                value = args[i].substring(eq + 1);
            } else if (SECRET_FLAGS.contains(args[i]) && i + 1 < args.length) {
                value = args[i + 1];
            }
            if (value != null && !value.isEmpty()) {
                hidden = hidden.replace(value, "***");
            }
        }
        return hidden;
    }
}
