package dev.copernicus.samples.cli;

import dev.copernicus.samples.cli.Command.Option;
import dev.copernicus.samples.cli.Command.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The usage help of a command, in English ({@code Help.properties}) or Spanish ({@code
 * Help_es.properties}): a synopsis, what the command does, then each file and option with what it is
 * for, wrapped to 80 columns. A description's key is the command's name ({@code assess}), a file's
 * {@code <command>.<LABEL>}, an option's {@code <command>.<name>} or, for an option several commands
 * share, {@code option.<name>}. {@code {choices}} and {@code {default}} in a description stand for the
 * option's values.
 */
final class Help {
  private static final int WIDTH = 80;
  private static final Pattern SPACE = Pattern.compile(" ");

  private final ResourceBundle texts;

  private Help(Locale locale) {
    this.texts = ResourceBundle.getBundle(
        "dev.copernicus.samples.cli.Help", locale, Help.class.getClassLoader(), Words.NO_FALLBACK);
  }

  static Help in(Locale locale) {
    return new Help(locale);
  }

  /** The help of {@code command}; {@code subcommands} are listed after it (the tool's own help). */
  String of(Command command, String path, List<Command> subcommands) {
    StringBuilder synopsis =
        new StringBuilder(texts.getString("usage") + " " + path + " [OPTIONS]");
    command.options().stream()
        .filter(Option::required)
        .forEach(option ->
            synopsis.append(' ').append(option.name()).append('=').append(option.label()));
    command
        .parameters()
        .forEach(parameter ->
            synopsis.append(' ').append(parameter.label()).append(parameter.many() ? "..." : ""));
    List<String[]> rows = new ArrayList<>();
    for (Parameter parameter : command.parameters()) {
      rows.add(new String[] {
        "      " + parameter.label() + (parameter.many() ? "..." : ""),
        texts.getString(command.name() + "." + parameter.label())
      });
    }
    for (Option option : command.options()) {
      rows.add(new String[] {cell(option), describe(command, option)});
    }
    StringBuilder help = new StringBuilder();
    help.append(synopsis).append('\n');
    wrap(help, "", texts.getString(command.name()), 0);
    table(help, rows);
    if (!subcommands.isEmpty()) {
      help.append(texts.getString("commands")).append('\n');
      table(
          help,
          subcommands.stream()
              .map(sub -> new String[] {"  " + sub.name(), texts.getString(sub.name())})
              .toList());
    }
    return help.toString();
  }

  private static String cell(Option option) {
    String names = option.shortName() == null
        ? "      " + option.name()
        : "  " + option.shortName() + ", " + option.name();
    return option.isFlag() ? names : names + "=" + option.label();
  }

  private String describe(Command command, Option option) {
    String own = command.name() + "." + option.key();
    String text =
        texts.containsKey(own) ? texts.getString(own) : texts.getString("option." + option.key());
    return text.replace("{choices}", String.join(", ", option.choices()))
        .replace("{default}", String.valueOf(option.defaultValue()));
  }

  /** Left cells, then each description wrapped in the column after the widest cell. */
  private static void table(StringBuilder help, List<String[]> rows) {
    int column = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0) + 3;
    for (String[] row : rows) {
      wrap(help, row[0] + " ".repeat(column - row[0].length()), row[1], column + 2);
    }
  }

  /** {@code text} after {@code first}, its words wrapped at {@link #WIDTH}, later lines indented. */
  private static void wrap(StringBuilder help, String first, String text, int indent) {
    StringBuilder line = new StringBuilder(first);
    int start = first.length();
    for (String word : SPACE.splitAsStream(text).toList()) {
      if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
        help.append(line).append('\n');
        line = new StringBuilder(" ".repeat(indent));
        start = indent;
      }
      if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    help.append(line).append('\n');
  }
}
