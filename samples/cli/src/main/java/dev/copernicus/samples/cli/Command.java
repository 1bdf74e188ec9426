package dev.copernicus.samples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One command of the tool, declared as data: its name, its positional files, its options and what it
 * runs. {@link Arguments} parses a command line against it and {@link Help} prints its usage.
 *
 * <p>Why the tool parses its own command line: picocli, which it used before, is compiled for Java 5,
 * and the JVM's archives of loaded classes (the class-data archive on JDK 17, the AOT cache on JDK 25)
 * skip class files that old. Every run loaded and verified its 170 classes from the jar, about a third
 * of a short run. The tool needs long options, positional files and usage help in two languages; that
 * is these three small classes.
 */
record Command(String name, List<Parameter> parameters, List<Option> options, Action action) {
  /** The options every command takes besides its own. */
  static final Option LANG = Option.oneOf("--lang", "LANG", List.of("en", "es")).withDefault("en");

  static final Option HELP = Option.flag("--help", "-h");
  static final Option VERSION = Option.flag("--version", "-V");

  Command {
    parameters = List.copyOf(parameters);
    options = Stream.concat(options.stream(), Stream.of(LANG, HELP, VERSION)).toList();
  }

  /** The option named {@code name}, by its long or its short name. */
  Optional<Option> option(String name) {
    return options.stream()
        .filter(option -> option.name().equals(name) || name.equals(option.shortName()))
        .findFirst();
  }

  /** What a command does with its parsed arguments; returns the exit code. */
  @FunctionalInterface
  interface Action {
    int run(Arguments arguments, Output output) throws IOException;
  }

  /** Where a command writes, and in which language ({@code --lang}, wherever it stands). */
  record Output(PrintWriter out, PrintWriter err, Locale locale) {
    Words words() {
      return Words.in(locale);
    }
  }

  /** Positional files: exactly one, or one or more when {@code many}. */
  record Parameter(String label, boolean many) {
    static Parameter one(String label) {
      return new Parameter(label, false);
    }

    static Parameter oneOrMore(String label) {
      return new Parameter(label, true);
    }
  }

  /**
   * An option, {@code --name VALUE} or {@code --name=VALUE}, or a flag without a value. Its value is read
   * as the command line is parsed, so that a bad one stops the run before any work starts.
   *
   * @param invalid the report bundle's key of the message for a value that does not read
   */
  record Option(
      String name,
      @Nullable String shortName,
      String label,
      Reader reader,
      String invalid,
      List<String> choices,
      @Nullable String defaultValue,
      boolean required) {

    /** Turns the text of a value into the value; throws {@link IllegalArgumentException} when it cannot. */
    @FunctionalInterface
    interface Reader {
      Object read(String text);
    }

    static Option text(String name, String label) {
      return new Option(name, null, label, text -> text, "", List.of(), null, false);
    }

    static Option oneOf(String name, String label, List<String> choices) {
      return new Option(name, null, label, text -> text, "", choices, null, false);
    }

    static Option oneOf(String name, String label, Enum<?>[] choices) {
      return oneOf(name, label, Arrays.stream(choices).map(Enum::name).toList());
    }

    static Option date(String name) {
      return new Option(
          name, null, "YYYY-MM-DD", Option::readDate, "usage.not-a-date", List.of(), null, false);
    }

    static Option path(String name, String label) {
      return new Option(
          name, null, label, Option::readPath, "usage.not-a-path", List.of(), null, false);
    }

    static Option wholeNumber(String name, String label) {
      return new Option(
          name, null, label, Long::valueOf, "usage.not-a-number", List.of(), null, false);
    }

    static Option flag(String name, @Nullable String shortName) {
      return new Option(name, shortName, "", text -> true, "", List.of(), null, false);
    }

    Option withDefault(String value) {
      return new Option(name, shortName, label, reader, invalid, choices, value, required);
    }

    Option mustBeGiven() {
      return new Option(name, shortName, label, reader, invalid, choices, defaultValue, true);
    }

    boolean isFlag() {
      return label.isEmpty();
    }

    /** The option's key in the help bundle: its name without the dashes. */
    String key() {
      return name.substring(2);
    }

    static LocalDate readDate(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(e);
      }
    }

    static Path readPath(String text) {
      try {
        return Path.of(text);
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException(e);
      }
    }
  }
}
