package dev.copernicus.serialization.internal;

import dev.copernicus.core.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The user's words in a document: a declared method's terms for buying roles, influence, support and
 * relationship levels, read through the crosswalk; and, for a word the format does not know, the nearest
 * words it does know and the methods that know it. Internal.
 */
final class Words {
  private Words() {}

  /** The value {@code word} stands for in {@code vocabulary}, when {@code type} is one the crosswalk maps. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Optional<Enum<?>> resolve(
      Vocabulary vocabulary, Class<? extends Enum<?>> type, String word) {
    return vocabulary.resolve((Class) type, word).map(value -> (Enum<?>) value);
  }

  /**
   * Why {@code word} is refused, with what would be accepted: the format's nearest names, and the built-in
   * vocabularies that know the word, e.g. {@code 'Economic' is not one of [...]; did you mean
   * 'economic-buyer' (Blue Sheet: 'Economic Buyer')?}.
   */
  static String unknown(
      String word,
      Class<? extends Enum<?>> type,
      List<String> names,
      @Nullable Vocabulary declared) {
    StringBuilder message =
        new StringBuilder("'").append(word).append("' is not one of ").append(names);
    if (declared != null && declared != Vocabulary.COPERNICUS) {
      message.append(" nor a word of ").append(title(declared));
    }
    String key = Vocabulary.normalize(word);
    for (Enum<?> constant : type.getEnumConstants()) {
      if (Vocabulary.normalize(TypeModel.EnumValue.nameOf(constant)).equals(key)) {
        return message
            .append("; did you mean '")
            .append(TypeModel.EnumValue.nameOf(constant))
            .append("'? (the format's names are lower case, with words joined by hyphens)")
            .toString();
      }
    }
    for (Vocabulary vocabulary : Vocabulary.builtIns()) {
      Optional<Enum<?>> value = resolve(vocabulary, type, word);
      if (value.isPresent() && vocabulary != declared) {
        return message
            .append("; it is ")
            .append(title(vocabulary))
            .append("'s word for '")
            .append(TypeModel.EnumValue.nameOf(value.get()))
            .append("': declare the method with \"vocabulary: ")
            .append(vocabulary.name())
            .append("\" beside schemaVersion")
            .toString();
      }
    }
    List<String> near = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      String name = TypeModel.EnumValue.nameOf(constant);
      Optional<String> term = Vocabulary.builtIns().stream()
          .filter(v -> v != Vocabulary.COPERNICUS)
          .flatMap(v -> v
              .termFor(constant)
              .filter(t -> close(key, Vocabulary.normalize(t)))
              .map(t -> title(v) + ": '" + t + "'")
              .stream())
          .findFirst();
      if (close(key, Vocabulary.normalize(name)) || term.isPresent()) {
        near.add("'" + name + "'" + term.map(t -> " (" + t + ")").orElse(""));
      }
    }
    return near.isEmpty()
        ? message.toString()
        : message
            .append("; did you mean ")
            .append(String.join(" or ", near))
            .append('?')
            .toString();
  }

  /** The built-in vocabularies' names, for a message. */
  static List<String> vocabularyNames() {
    return Vocabulary.builtIns().stream().map(Vocabulary::name).toList();
  }

  /** Near enough to suggest: one is the start of the other, or they are at most two edits apart. */
  private static boolean close(String a, String b) {
    if (a.length() >= 3 && (b.startsWith(a) || a.startsWith(b))) {
      return true;
    }
    return Math.abs(a.length() - b.length()) <= 2 && distance(a, b) <= 2;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String title(Vocabulary vocabulary) {
    return switch (vocabulary.name()) {
      case "blue-sheet" -> "Blue Sheet";
      case "gold-sheet" -> "Gold Sheet";
      case "altify" -> "Altify";
      default -> vocabulary.name().toLowerCase(Locale.ROOT);
    };
  }
}
