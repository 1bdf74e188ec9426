package dev.copernicus.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.serialization.PlanCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every HTML report, rendered by a real browser (headless Chromium) at a desktop width and a phone's: no
 * horizontal scrolling, every chart drawn, no script or console error. Screenshots of each are kept in
 * {@code target/browser} for a reviewer. CI installs Chromium ({@code .ci/run}); elsewhere the test runs
 * when a Chromium is found and is skipped otherwise.
 */
class BrowserRenderingTest {
  private static final Path OUT = Path.of("target", "browser");
  private static final int[] WIDTHS = {1400, 420};
  // Measured after layout and posted to the frame around the report (a headless window is never
  // narrower than 500 px, a frame is), which writes it where --dump-dom shows it; errors caught as
  // they happen.
  private static final String PROBE = """
      <script>
      window.probeErrors = [];
      window.addEventListener('error', e => probeErrors.push(String(e.message || e.target && e.target.src)), true);
      const consoleError = console.error;
      console.error = (...args) => { probeErrors.push(args.join(' ')); consoleError(...args); };
      window.addEventListener('load', () => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1)
            .map(e => e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '')).slice(0, 8);
        const svgs = [...document.querySelectorAll('svg')];
        parent.postMessage(JSON.stringify({
          width, scrollWidth: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight, wide,
          charts: svgs.length, emptyCharts: svgs.filter(s => s.getBoundingClientRect().width < 50 || s.childElementCount === 0).length,
          errors: probeErrors}), '*');
      });
      </script>
      """;

  private static Optional<Path> chromium;

  @BeforeAll
  static void findChromium() {
    chromium = Stream.of(
            Optional.ofNullable(System.getenv("CHROMIUM")).orElse(""),
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome")
        .filter(name -> !name.isEmpty())
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
    if (chromium.isEmpty() && System.getenv("CI") != null) {
      fail(
          "No Chromium found: CI renders the HTML reports in a real browser (.ci/run installs Debian's chromium package)");
    }
  }

  static Stream<Arguments> reports() throws IOException {
    // A map of fifty people, laid out by buying centre.
    Path large = OUT.resolve("plan-M.json");
    Files.createDirectories(OUT);
    Files.write(large, PlanCodec.json().write(PlanShape.M.plan()));
    return Stream.of(
        Arguments.of("assess-fifty-people", 4, List.of("assess", large.toString())),
        Arguments.of(
            "assess-talent-acquisition",
            4,
            List.of("assess", CopernicusCliTest.plan("talent-acquisition.json"))),
        Arguments.of(
            "assess-bank-onboarding",
            4,
            List.of("assess", CopernicusCliTest.plan("bank-onboarding.json"))),
        // Spanish runs longer than English: the same report must still fit a phone.
        Arguments.of(
            "assess-engineering-client-es",
            4,
            List.of("assess", CopernicusCliTest.plan("engineering-client.json"), "--lang", "es")),
        // Producers write links and run-together names: a word longer than a phone is wide must
        // wrap.
        Arguments.of(
            "assess-long-words",
            4,
            List.of(
                "assess", Path.of("src", "test", "resources", "long-words.json").toString())),
        Arguments.of(
            "validate-cross-sell-heat-map",
            0,
            List.of("validate", CopernicusCliTest.plan("cross-sell-heat-map.json"))),
        Arguments.of(
            "diff-engineering-client",
            1,
            List.of(
                "diff",
                CopernicusCliTest.plan("history/engineering-client-2025-06.json"),
                CopernicusCliTest.plan("engineering-client.json"))),
        Arguments.of(
            "portfolio-samples", 2, List.of("portfolio", Path.of("..", "plans").toString())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void rendersWithoutOverflowChartsMissingOrErrorsOnADesktopAndAPhone(
      String name, int charts, List<String> command) throws Exception {
    assumeTrue(chromium.isPresent(), "no Chromium on this machine");
    List<String> args = new java.util.ArrayList<>(command);
    args.addAll(List.of("--format", "html"));
    String html = CopernicusCliTest.run(args.toArray(String[]::new)).out();
    assertThat(html).startsWith("<!DOCTYPE html>");
    Files.createDirectories(OUT);
    Path page = OUT.resolve(name + ".html");
    Files.writeString(page, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);

    for (int width : WIDTHS) {
      JsonNode probe = probe(page, width);

      assertThat(probe.get("errors")).as("%s at %d px: errors", name, width).isEmpty();
      assertThat(probe.get("scrollWidth").intValue())
          .as("%s at %d px: page width (too wide: %s)", name, width, probe.get("wide"))
          .isLessThanOrEqualTo(probe.get("width").intValue());
      assertThat(probe.get("wide"))
          .as("%s at %d px: elements past the right edge", name, width)
          .isEmpty();
      assertThat(probe.get("charts").intValue())
          .as("%s: charts drawn", name)
          .isEqualTo(html.split("<svg", -1).length - 1)
          .isGreaterThanOrEqualTo(charts);
      assertThat(probe.get("emptyCharts").intValue())
          .as("%s at %d px: charts drawn empty or squashed", name, width)
          .isZero();
      int height = Math.min(12000, probe.get("height").intValue());
      browser(
          width,
          height,
          "--screenshot=" + OUT.resolve(name + "-" + width + ".png").toAbsolutePath(),
          frame(page, width, height));
    }
  }

  /** What the probe measured in {@code page}, shown in a frame {@code width} pixels wide. */
  private static JsonNode probe(Path page, int width) throws IOException, InterruptedException {
    String dom = browser(width, 900, "--dump-dom", frame(page, width, 900));
    Matcher found =
        Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    if (!found.find()) {
      fail("The page never finished loading in Chromium at " + width + " px: "
          + dom.substring(0, Math.min(dom.length(), 300)));
    }
    String json = found.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return JsonMapper.builder().build().readTree(json);
  }

  /** A page that shows {@code page} in a frame of the given size and writes what its probe posts into itself. */
  private static Path frame(Path page, int width, int height) throws IOException {
    Path host = page.resolveSibling(
        page.getFileName().toString().replace(".html", "-" + width + "-frame.html"));
    Files.writeString(
        host,
        "<!DOCTYPE html><html><body style=\"margin:0\">"
            + "<iframe src=\"" + page.getFileName() + "\" style=\"border:0;display:block;width:"
            + width + "px;height:" + height + "px\"></iframe>"
            + "<script>addEventListener('message', e => { const p = document.createElement('pre'); p.id = 'probe';"
            + " p.textContent = e.data; document.body.appendChild(p); });</script></body></html>",
        StandardCharsets.UTF_8);
    return host;
  }

  private static String browser(int width, int height, String action, Path page)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("copernicus-chromium");
    Process process = new ProcessBuilder(
            chromium.orElseThrow().toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--virtual-time-budget=5000",
            "--user-data-dir=" + profile,
            "--window-size=" + Math.max(width, 500) + "," + height,
            action,
            page.toAbsolutePath().toUri().toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium did not finish in 60 s");
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
