package dev.copernicus.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.portfolio.PlanSource.Document;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.PlanFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static final Path FILE = Path.of("plans.jsonl");
  private static final List<AccountPlan> PLANS = List.of(
      ExamplePlans.bankOnboarding(),
      ExamplePlans.talentAcquisition(),
      ExamplePlans.bankOnboarding()
          .withAsOf(ExamplePlans.bankOnboarding().getAsOf().plusDays(1)));
  private static final List<String> BLANKS = List.of("", " ", "\t", "\r", "  \t\r");

  /**
   * A file as producers write them: plans on some lines, blank lines between, Unix or Windows line ends,
   * the last line with or without its end, read back in reads of any size (a pipe or a network disk
   * returns what it has). Each plan comes back once, named by its line, in order.
   */
  @Property(tries = 200)
  void everyPlanComesBackNamedByItsLine(
      @ForAll @Size(max = 12) List<@IntRange(min = -5, max = 2) Integer> lines,
      @ForAll boolean windows,
      @ForAll boolean lastLineEnded,
      @ForAll @IntRange(min = 1, max = 70_000) int readSize) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    List<String> expectedSources = new ArrayList<>();
    List<AccountPlan> expectedPlans = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      int line = lines.get(n);
      if (line >= 0) {
        file.writeBytes(oneLine(PLANS.get(line)));
        expectedSources.add(FILE + ":" + (n + 1));
        expectedPlans.add(PLANS.get(line));
      } else {
        file.writeBytes(BLANKS.get(-line - 1).getBytes(StandardCharsets.UTF_8));
      }
      if (n < lines.size() - 1 || lastLineEnded) {
        file.writeBytes((windows ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
      }
    }

    List<Document> documents = documents(readsOf(file.toByteArray(), readSize), Long.MAX_VALUE);

    assertThat(documents).extracting(Document::source).containsExactlyElementsOf(expectedSources);
    assertThat(documents).extracting(d -> d.plan().get()).containsExactlyElementsOf(expectedPlans);
  }

  @Test
  void aLineOverTheLimitIsReportedAsItsDocumentAndTheRestAreRead() {
    byte[] plan = oneLine(PLANS.get(0));
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes("x".repeat(3 * plan.length).getBytes(StandardCharsets.UTF_8));
    file.write('\n');
    file.writeBytes(plan);

    List<Document> documents = documents(readsOf(file.toByteArray(), 1000), plan.length);

    assertThat(documents).extracting(Document::source).containsExactly(FILE + ":1", FILE + ":2");
    assertThatThrownBy(() -> documents.get(0).plan().get())
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("The line is " + 3 * plan.length + " bytes long")
        .satisfies(e -> assertThat(((PlanFormatException) e).kind())
            .isEqualTo(PlanFormatException.Kind.LIMIT_EXCEEDED));
    assertThat(documents.get(1).plan().get()).isEqualTo(PLANS.get(0));
  }

  @Test
  void aMillionBlankLinesInARowAreSkipped() {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes("\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
    file.writeBytes(oneLine(PLANS.get(1)));

    List<Document> documents = documents(readsOf(file.toByteArray(), 1 << 16), Long.MAX_VALUE);

    assertThat(documents).extracting(Document::source).containsExactly(FILE + ":1000001");
    assertThat(documents.get(0).plan().get()).isEqualTo(PLANS.get(1));
  }

  @Test
  void aLineOfMegabytesIsReadWholeAndSoIsTheLineAfterIt() {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(oneLine(PLANS.get(0)));
    file.writeBytes(" ".repeat(3_000_000).getBytes(StandardCharsets.UTF_8));
    file.write('\n');
    file.writeBytes(oneLine(PLANS.get(1)));

    List<Document> documents = documents(readsOf(file.toByteArray(), 1 << 16), Long.MAX_VALUE);

    assertThat(documents)
        .extracting(d -> d.plan().get())
        .containsExactly(PLANS.get(0), PLANS.get(1));
  }

  @Test
  void anEmptyFileHasNoDocuments() {
    assertThat(documents(readsOf(new byte[0], 10), Long.MAX_VALUE)).isEmpty();
  }

  private static byte[] oneLine(AccountPlan plan) {
    return new String(PlanCodec.json().write(plan), StandardCharsets.UTF_8)
        .replace("\n", " ")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A stream that returns at most {@code size} bytes a read. */
  private static InputStream readsOf(byte[] bytes, int size) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] into, int offset, int length) {
        return super.read(into, offset, Math.min(length, size));
      }
    };
  }

  private static List<Document> documents(InputStream in, long maxLine) {
    List<Document> documents = new ArrayList<>();
    new JsonLines(FILE, in, maxLine).forEachRemaining(documents::add);
    return documents;
  }
}
