package dev.playbooks.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * What a mistyped command line is told: what was not understood, in the words of the command line, and the command
 * or option closest to it, as a compiler names the variable you probably meant.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static String message(CommandLine.ParameterException exception) {
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            boolean option = word.startsWith("-");
            boolean topLevel = unmatched.getCommandLine().getParent() == null;
            return (option ? "unknown option '" : topLevel ? "unknown command '" : "unexpected argument '") + word
                    + "'";
        }
        return exception.getMessage();
    }

    static String hint(CommandLine.ParameterException exception) {
        String help = "'" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'";
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                return "did you mean '" + suggestions.get(0) + "'? (" + help + " lists them all)";
            }
        }
        return "run " + help + " for the " + (exception.getCommandLine().getParent() == null ? "commands" : "options");
    }
}
