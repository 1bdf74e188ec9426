package dev.copernicus.samples.cli;

import dev.copernicus.samples.cli.Command.Option;
import dev.copernicus.samples.cli.Command.Parameter;
import dev.copernicus.samples.cli.CopernicusCli.Usage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command line parsed against a {@link Command}: its files and its options' values, each read
 * already. Options and files may come in any order; {@code --} ends the options, so that a file may start
 * with a dash.
 */
final class Arguments {
  private final Map<String, Object> values;
  private final List<Path> files;

  private Arguments(Map<String, Object> values, List<Path> files) {
    this.values = values;
    this.files = files;
  }

  /**
   * Parses {@code args} against {@code command}.
   *
   * @throws Usage when an option is unknown, given twice or without its value, when a value does not
   *     read, or when a file or a required option is missing (neither checked when help is asked for)
   */
  static Arguments parse(Command command, List<String> args) {
    Map<String, Object> values = new HashMap<>();
    List<String> positional = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        positional.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      Option option =
          command.option(name).orElseThrow(() -> new Usage("usage.unknown-option", arg));
      if (values.containsKey(option.name())) {
        throw new Usage("usage.twice", option.name());
      }
      if (option.isFlag()) {
        if (equals >= 0) {
          throw new Usage("usage.flag-value", option.name());
        }
        values.put(option.name(), true);
        continue;
      }
      String text;
      if (equals >= 0) {
        text = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        text = args.get(++i);
      } else {
        throw new Usage("usage.missing-value", option.name(), option.label());
      }
      values.put(option.name(), read(option, text));
    }
    if (values.containsKey(Command.HELP.name()) || values.containsKey(Command.VERSION.name())) {
      return new Arguments(values, List.of());
    }
    for (Option option : command.options()) {
      if (option.required() && !values.containsKey(option.name())) {
        throw new Usage("usage.missing-option", option.name() + "=" + option.label());
      }
      if (option.defaultValue() != null) {
        values.putIfAbsent(option.name(), read(option, option.defaultValue()));
      }
    }
    return new Arguments(values, files(command.parameters(), positional));
  }

  private static Object read(Option option, String text) {
    if (!option.choices().isEmpty() && !option.choices().contains(text)) {
      throw new Usage("usage.not-one-of", option.name(), option.choices(), text);
    }
    try {
      return option.reader().read(text);
    } catch (IllegalArgumentException e) {
      throw new Usage(option.invalid(), option.name(), text);
    }
  }

  private static List<Path> files(List<Parameter> parameters, List<String> positional) {
    for (int i = 0; i < parameters.size(); i++) {
      if (positional.size() <= i) {
        throw new Usage("usage.missing-parameter", parameters.get(i).label());
      }
    }
    boolean many =
        !parameters.isEmpty() && parameters.get(parameters.size() - 1).many();
    if (positional.size() > parameters.size() && !many) {
      throw new Usage("usage.unmatched", positional.get(parameters.size()));
    }
    return positional.stream()
        .map(text -> {
          try {
            return Option.readPath(text);
          } catch (IllegalArgumentException e) {
            throw new Usage("usage.not-a-file", text);
          }
        })
        .toList();
  }

  boolean asksForHelp() {
    return values.containsKey(Command.HELP.name());
  }

  boolean asksForVersion() {
    return values.containsKey(Command.VERSION.name());
  }

  /** The {@code index}th positional file. */
  Path file(int index) {
    return files.get(index);
  }

  /** Every positional file, in order. */
  List<Path> files() {
    return files;
  }

  /** The value of {@code option}, given or by default; for an option that has one or the other. */
  <T> T get(Option option, Class<T> type) {
    return find(option, type)
        .orElseThrow(() -> new IllegalStateException(option.name() + " has no default"));
  }

  /** The value of {@code option}, if it was given or has a default. */
  <T> Optional<T> find(Option option, Class<T> type) {
    return Optional.ofNullable(values.get(option.name())).map(type::cast);
  }

  /** Whether the flag {@code option} was given. */
  boolean has(Option option) {
    return values.containsKey(option.name());
  }
}
