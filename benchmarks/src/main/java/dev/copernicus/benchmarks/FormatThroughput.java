package dev.copernicus.benchmarks;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.serialization.PlanCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reading time against document size, JSON beside YAML: the same plan, grown to about 1, 10 and 50 MB of
 * JSON, read in both notations. Divide a document's size by its time for MB/s; reading is linear when MB/s
 * holds from 1 to 50 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class FormatThroughput {
  @Param({"1", "10", "50"})
  public int megabytes;

  private byte[] json;
  private byte[] yaml;
  private final PlanCodec jsonCodec = PlanCodec.json();
  private final PlanCodec yamlCodec = PlanCodec.yaml();

  /** The L plan with stakeholders added until its JSON holds about {@code megabytes} MB. */
  @Setup(Level.Trial)
  public void setUp() {
    AccountPlan base = PlanShape.L.plan();
    int baseBytes = jsonCodec.write(base).length;
    int perStakeholder = 150; // about what one added stakeholder takes in JSON
    int extra = Math.max(0, (megabytes * 1_000_000 - baseBytes) / perStakeholder);
    AccountPlan.Builder grown = AccountPlan.builder().from(base);
    for (int i = 0; i < extra; i++) {
      grown.addStakeholders(Stakeholder.builder()
          .id(StakeholderId.of("x-" + i))
          .name("Added stakeholder " + i)
          .title("Regional operations lead")
          .addBuyingRoles(BuyingRole.USER)
          .build());
    }
    AccountPlan plan = grown.build();
    json = jsonCodec.write(plan);
    yaml = yamlCodec.write(plan);
  }

  /** Reads the JSON document. */
  @Benchmark
  public AccountPlan readJson() {
    return jsonCodec.read(json);
  }

  /** Reads the same plan written in YAML. */
  @Benchmark
  public AccountPlan readYaml() {
    return yamlCodec.read(yaml);
  }

  /** The floor under {@link #readJson}: Jackson's JSON parser walking every token, building nothing. */
  @Benchmark
  public long jsonTokens() {
    return countTokens(JSON_TOKENS, json);
  }

  /** The floor under {@link #readYaml}: the YAML parser (snakeyaml-engine) walking every token, building nothing. */
  @Benchmark
  public long yamlTokens() {
    return countTokens(YAML_TOKENS, yaml);
  }

  private static final ObjectMapper JSON_TOKENS = new JsonMapper();
  private static final ObjectMapper YAML_TOKENS = YAMLMapper.builder(YAMLFactory.builder()
          .loadSettings(
              LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
          .build())
      .build();

  private static long countTokens(ObjectMapper mapper, byte[] document) {
    long tokens = 0;
    try (JsonParser parser = mapper.createParser(document)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
