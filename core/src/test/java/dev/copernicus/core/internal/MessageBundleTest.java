package dev.copernicus.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
  private static final MessageBundle BUNDLE = MessageBundle.load("/test", name -> {
    String text = name.endsWith("_es.properties")
        ? "line={0}: mejor relación {1}/{2}\n"
        : "line={0}: best relationship {1}/{2}\nquoted=''{0}'' is '{literal}'\nplain=no arguments\nplain_date={0}\n";
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  });

  @Test
  void numbersDatesAndWordsAreWrittenAsTheirPlainText() {
    assertThat(BUNDLE.format(Locale.ENGLISH, "line", "Lena", 2, 3L))
        .isEqualTo("Lena: best relationship 2/3");
    assertThat(
            BUNDLE.format(Locale.ENGLISH, "line", LocalDate.of(2026, 1, 2), -12345, Long.MIN_VALUE))
        .isEqualTo("2026-01-02: best relationship -12345/-9223372036854775808");
    assertThat(BUNDLE.format(Locale.ENGLISH, "line", 1234567.5, null, "x"))
        .isEqualTo("1234567.5: best relationship null/x");
    assertThat(BUNDLE.format(Locale.forLanguageTag("es"), "line", "Lena", 2, 3))
        .isEqualTo("Lena: mejor relación 2/3");
  }

  @Test
  void everyDateIsWrittenAsLocalDateWritesIt() {
    List<LocalDate> dates = List.of(
        LocalDate.of(2026, 12, 31),
        LocalDate.of(1000, 1, 1),
        LocalDate.of(9999, 12, 31),
        LocalDate.of(999, 3, 9),
        LocalDate.of(10_000, 1, 1),
        LocalDate.of(-1, 10, 20),
        LocalDate.MIN,
        LocalDate.MAX);
    for (LocalDate date : dates) {
      assertThat(BUNDLE.format(Locale.ENGLISH, "line", date, 1, 2))
          .isEqualTo(date + ": best relationship 1/2");
    }
    LocalDate day = LocalDate.of(1999, 1, 1);
    for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
      assertThat(BUNDLE.format(Locale.ENGLISH, "plain_date", day)).isEqualTo(day.toString());
    }
  }

  @Test
  void quotesAreMessageFormatsAndAMissingArgumentStaysVisible() {
    assertThat(BUNDLE.format(Locale.ENGLISH, "quoted", "it")).isEqualTo("'it' is {literal}");
    assertThat(BUNDLE.format(Locale.ENGLISH, "line", "Lena"))
        .isEqualTo("Lena: best relationship {1}/{2}");
    assertThat(BUNDLE.format(Locale.ENGLISH, "plain")).isEqualTo("no arguments");
  }

  @Test
  void anArgumentThatWritesATextOfItsOwnLeavesBothWhole() {
    Object nested = new Object() {
      @Override
      public String toString() {
        return BUNDLE.format(Locale.ENGLISH, "line", "inner", 1, 2);
      }
    };
    assertThat(BUNDLE.format(Locale.ENGLISH, "line", nested, nested, 3))
        .isEqualTo(
            "inner: best relationship 1/2: best relationship inner: best relationship 1/2/3");
  }

  @Test
  void aLongTextDoesNotDisturbTheTextsAfterIt() {
    String words = "x".repeat(2_000);
    assertThat(BUNDLE.format(Locale.ENGLISH, "line", words, 1, 2))
        .isEqualTo(words + ": best relationship 1/2");
    assertThat(BUNDLE.format(Locale.ENGLISH, "line", "Lena", 2, 3))
        .isEqualTo("Lena: best relationship 2/3");
  }

  @Test
  void threadsWritingAtOnceEachGetTheirOwnTexts() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = IntStream.range(0, 8)
          .mapToObj(t -> pool.submit(() -> IntStream.range(0, 20_000).allMatch(i -> BUNDLE
              .format(Locale.ENGLISH, "line", "t" + t, i, "ł")
              .equals("t" + t + ": best relationship " + i + "/ł"))))
          .toList();
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void eachLanguageIsReadOnceAndOnlyWhenFirstAskedFor() {
    List<String> opened = new CopyOnWriteArrayList<>();
    MessageBundle bundle = MessageBundle.load("/counted", name -> {
      opened.add(name);
      return new ByteArrayInputStream("hello=hello {0}\n".getBytes(StandardCharsets.UTF_8));
    });
    assertThat(opened).isEmpty();

    assertThat(bundle.format(Locale.ENGLISH, "hello", "Lena")).isEqualTo("hello Lena");
    assertThat(bundle.format(Locale.GERMAN, "hello", "Ana")).isEqualTo("hello Ana");
    assertThat(opened).containsExactly("/counted.properties");

    assertThat(bundle.patterns(Locale.forLanguageTag("es-MX"))).containsOnlyKeys("hello");
    assertThat(bundle.format(Locale.forLanguageTag("es"), "hello", "Ana")).isEqualTo("hello Ana");
    assertThat(opened).containsExactly("/counted.properties", "/counted_es.properties");
  }

  @Test
  void aMissingFileOrABadPatternIsNamedWhenItsLanguageIsFirstUsed() {
    MessageBundle missing = MessageBundle.load("/missing", name -> null);
    assertThatThrownBy(() -> missing.format(Locale.ENGLISH, "any"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Missing message file /missing.properties");

    MessageBundle bad = MessageBundle.load(
        "/bad",
        name ->
            new ByteArrayInputStream("odd=at {x} and {123}\n".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> bad.patterns(Locale.ENGLISH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Text odd may hold only {n} arguments: at {x} and {123}");
  }
}
