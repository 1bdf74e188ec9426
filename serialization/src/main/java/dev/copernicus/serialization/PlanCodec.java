package dev.copernicus.serialization;

import dev.copernicus.core.internal.Lazy;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.vocabulary.Vocabulary;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.completeness.Framework;
import dev.copernicus.serialization.PlanFormatException.Kind;
import dev.copernicus.serialization.internal.DocumentReader;
import dev.copernicus.serialization.internal.DocumentWriter;
import dev.copernicus.serialization.internal.Encoding;
import dev.copernicus.serialization.internal.JacksonErrors;
import dev.copernicus.serialization.internal.Migrations;
import dev.copernicus.serialization.internal.TypeModel;
import dev.copernicus.serialization.internal.YamlGuard;
import dev.copernicus.serialization.internal.YamlSyntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes account plans, frameworks and scorecards in the Copernicus format, in JSON or YAML,
 * without touching Jackson. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * PlanCodec codec = PlanCodec.json();
 * AccountPlan plan = codec.read(Path.of("plan.json"));
 * byte[] canonical = codec.write(plan);         // the same plan always gives the same bytes
 * }</pre>
 *
 * <p>Every document carries a {@code schemaVersion}; older versions are upgraded as they are read.
 * Unknown fields are errors unless the codec keeps them ({@link Builder#keepUnknownFields}), in which
 * case {@link #readDocument} returns them and {@link #write(PlanDocument)} writes them back. Any
 * problem with a document is a {@link PlanFormatException} with its line, column and JSON pointer.
 */
public final class PlanCodec {
  // snakeyaml-engine reads YAML a buffer at a time and copies what it has not consumed yet at every
  // buffer: a long scalar costs the square of its length over the buffer's size (8 MB took 15 s
  // with its 1 KiB default). Documents past 64 KiB get a 1 MiB buffer, which keeps reading linear;
  // smaller ones, whose worst case is a few milliseconds, keep a small one rather than allocate 2
  // MB for every read.
  private static final int SMALL_YAML_DOCUMENT = 64 * 1024;
  private static final int SMALL_YAML_BUFFER = 1024;
  private static final int LARGE_YAML_BUFFER = 1 << 20;

  private final Format format;
  private final Limits limits;
  private final boolean keepUnknownFields;
  /**
   * Parsers and generators. Reading and writing a document stream through the model's types, so a
   * strict codec never needs Jackson's data binding: building its mapper takes about 0.2 s of a cold
   * JVM, as long as everything else a first read does.
   */
  private final TokenStreamFactory streams;
  /** The parsers for documents over {@code SMALL_YAML_DOCUMENT}: in YAML, with a larger buffer. */
  private final TokenStreamFactory largeStreams;
  /**
   * Data binding, only for trees: documents of the draft version or with their version out of place,
   * unknown fields kept and written back. Built on first use.
   */
  private final Lazy<ObjectMapper> trees;

  private final Lazy<ObjectMapper> largeTrees;

  private PlanCodec(Builder builder) {
    this.format = builder.format;
    this.limits = builder.limits;
    this.keepUnknownFields = builder.keepUnknownFields;
    this.streams = streams(format, limits, SMALL_YAML_BUFFER);
    this.largeStreams =
        format == Format.YAML ? streams(format, limits, LARGE_YAML_BUFFER) : streams;
    this.trees = new Lazy<>(() -> mapper(streams));
    this.largeTrees = format == Format.YAML ? new Lazy<>(() -> mapper(largeStreams)) : trees;
  }

  /** The strict JSON codec with the default limits: one shared instance. */
  public static PlanCodec json() {
    JacksonAnnotations.check();
    return SharedJson.CODEC;
  }

  /** The strict YAML codec with the default limits: one shared instance. */
  public static PlanCodec yaml() {
    JacksonAnnotations.check();
    return SharedYaml.CODEC;
  }

  /**
   * Checks that the class path can run the codec: Jackson 3 needs a newer {@code jackson-annotations}
   * than Jackson 2 hosts and Spark bring, and an older one first on the class path would fail at the
   * first read with a {@code NoClassDefFoundError}. Every way to get a codec checks it; a host can call
   * this at startup to fail before its first request.
   *
   * @throws IllegalStateException saying which jar is too old and how to put the right one first
   */
  public static void checkClassPath() {
    JacksonAnnotations.check();
  }

  /** Built on first use: a JSON reader never loads the YAML parser. */
  private static final class SharedJson {
    static final PlanCodec CODEC = builder().build();
  }

  /** Built on first use. */
  private static final class SharedYaml {
    static final PlanCodec CODEC = builder().format(Format.YAML).build();
  }

  /** Starts a builder: JSON, strict, default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** The version of the format this library writes. */
  public static int schemaVersion() {
    return Migrations.CURRENT;
  }

  /**
   * The JSON Schema (2020-12) of the plan documents this version writes, as published in {@code
   * docs/schema}: what a service hands to its clients' editors and validators.
   */
  public static byte[] planSchema() {
    try (InputStream schema = PlanCodec.class.getResourceAsStream("plan.schema.json")) {
      return schema.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This codec's notation. */
  public Format format() {
    return format;
  }

  // --- Plans

  /** Reads a plan document. */
  public AccountPlan read(byte[] document) {
    return readDocument(document).plan();
  }

  /** Reads a plan document from {@code input}, which is read to its end but not closed. */
  public AccountPlan read(InputStream input) {
    return read(bytes(input));
  }

  /** Reads a plan file. */
  public AccountPlan read(Path file) {
    try (InputStream input = Files.newInputStream(file)) {
      return read(input);
    } catch (IOException e) {
      throw new PlanFormatException(
          Kind.IO, "Cannot read " + file + ": " + e.getMessage(), "", 0, 0, e);
    }
  }

  /** Reads a plan document given as text. */
  public AccountPlan read(String document) {
    return read(document.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a plan document with the unknown fields it held (always none for a strict codec). */
  public PlanDocument readDocument(byte[] document) {
    DocumentReader reader = new DocumentReader(
        TypeModel.ofDocument(AccountPlan.class),
        !keepUnknownFields,
        format == Format.YAML,
        limits.getMaxNumberLength());
    AccountPlan plan = (AccountPlan) readVersioned(document, reader, AccountPlan.class);
    Map<String, String> unknown = new TreeMap<>();
    reader.unknownFields().forEach((pointer, node) -> unknown.put(pointer, node.toString()));
    return new PlanDocument(plan, unknown);
  }

  /** Writes {@code plan} canonically. */
  public byte[] write(AccountPlan plan) {
    return write(PlanDocument.of(plan));
  }

  /** Writes {@code plan} canonically, as text. */
  public String writeString(AccountPlan plan) {
    return new String(write(plan), StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code plan} as one line of JSON Lines: the canonical document without its layout, ending in a
   * line break. A JSON codec's; for exports that Spark, {@code jq} or the portfolio read a line at a time.
   *
   * @throws IllegalStateException on a YAML codec: JSON Lines are JSON
   */
  public String writeLine(AccountPlan plan) {
    if (format != Format.JSON) {
      throw new IllegalStateException("JSON Lines are JSON: write them with PlanCodec.json()");
    }
    return new String(
        render(AccountPlan.class, plan, Migrations.CURRENT, Map.of(), false),
        StandardCharsets.UTF_8);
  }

  /** Writes {@code plan} canonically to {@code output}, which is not closed. */
  public void write(AccountPlan plan, OutputStream output) {
    try {
      output.write(write(plan));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a document's plan and, where they stood, the unknown fields it kept. */
  public byte[] write(PlanDocument document) {
    Map<String, JsonNode> extras = new LinkedHashMap<>();
    document
        .unknownFields()
        .forEach((pointer, text) -> extras.put(pointer, Trees.JSON.readTree(text)));
    return render(AccountPlan.class, document.plan(), Migrations.CURRENT, extras, true);
  }

  // --- Frameworks and scorecards

  /** Reads a completeness framework. */
  public Framework readFramework(byte[] document) {
    DocumentReader reader = new DocumentReader(
        TypeModel.ofDocument(Framework.class),
        !keepUnknownFields,
        format == Format.YAML,
        limits.getMaxNumberLength());
    return (Framework) readVersioned(document, reader, Framework.class);
  }

  /** Writes a completeness framework canonically. */
  public byte[] writeFramework(Framework framework) {
    return render(Framework.class, framework, Migrations.CURRENT, Map.of(), true);
  }

  /** Writes a scorecard canonically: every score, sub-score, contribution, finding and next step. */
  public byte[] writeScorecard(Scorecard scorecard) {
    return render(Scorecard.class, scorecard, Migrations.CURRENT, Map.of(), true);
  }

  // --- Reading

  private Object readVersioned(byte[] document, DocumentReader reader, Class<?> type) {
    Objects.requireNonNull(document, "document");
    if (document.length > limits.getMaxDocumentBytes()) {
      throw new PlanFormatException(
          Kind.LIMIT_EXCEEDED,
          "The document is " + document.length + " bytes long, over the limit of "
              + limits.getMaxDocumentBytes(),
          "",
          0,
          0,
          null);
    }
    Encoding.requireUtf8(document);
    Optional<Integer> version = rootVersion(document)
        .filter(v -> v >= Migrations.SAME_SHAPE_SINCE && v <= Migrations.CURRENT);
    if (version.isPresent()) {
      // The shape of the current version, wherever schemaVersion stands: read in one pass, with
      // every error's line and column, then upgraded as a plan.
      return upgraded(streamed(document, reader, type), version.get());
    }
    // The draft version, or no usable version at all: read the tree, judge its version, upgrade its
    // shape.
    JsonNode tree = parsing(document, parser -> trees.get().readTree(parser));
    if (tree == null || tree.isMissingNode()) {
      throw new PlanFormatException(Kind.MALFORMED, "The document is empty", "", 0, 0, null);
    }
    if (!(tree instanceof ObjectNode root)) {
      throw new PlanFormatException(
          Kind.WRONG_TYPE, "Expected an object at the root of the document", "", 0, 0, null);
    }
    JsonNode declared = root.get(DocumentReader.SCHEMA_VERSION);
    if (declared == null) {
      throw new PlanFormatException(
          Kind.MISSING_FIELD, "Missing the mandatory field 'schemaVersion'", "", 1, 1, null);
    }
    if (!declared.isNumber()
        || !declared.canConvertToExactIntegral()
        || !declared.canConvertToInt()
        || declared.intValue() < 0
        || declared.intValue() >= Migrations.SAME_SHAPE_SINCE) {
      throw new PlanFormatException(
          Kind.UNSUPPORTED_VERSION,
          "Unsupported schemaVersion " + declared + ": this library reads versions 0 to "
              + Migrations.CURRENT,
          "/" + DocumentReader.SCHEMA_VERSION,
          0,
          0,
          null);
    }
    Optional<String> problem = Migrations.upgradeShape(root);
    if (problem.isPresent()) {
      throw new PlanFormatException(
          Kind.INVALID_VALUE,
          "Cannot upgrade from version " + declared + ": " + problem.get(),
          "",
          0,
          0,
          null);
    }
    JsonNode vocabulary = root.get(DocumentReader.VOCABULARY);
    if (vocabulary != null && vocabulary.isString()) {
      Vocabulary.named(vocabulary.stringValue()).ifPresent(reader::restartWith);
    }
    return upgraded(
        guarded(() -> {
          try (JsonParser parser = trees.get().treeAsTokens(root)) {
            return reader.readDocument(parser, type, true);
          }
        }),
        Migrations.SAME_SHAPE_SINCE);
  }

  /** {@code document} read in one pass; read again if it declares its vocabulary after a word of it (keys sorted, say). */
  private Object streamed(byte[] document, DocumentReader reader, Class<?> type) {
    try {
      return parsing(document, parser -> reader.readDocument(parser, type, true));
    } catch (PlanFormatException e) {
      Optional<Vocabulary> declared = e.kind() == Kind.INVALID_VALUE && !reader.hasVocabulary()
          ? rootVocabulary(document)
          : Optional.empty();
      if (declared.isEmpty()) {
        throw e;
      }
      reader.restartWith(declared.get());
      return parsing(document, parser -> reader.readDocument(parser, type, true));
    }
  }

  private static Object upgraded(Object value, int version) {
    return value instanceof AccountPlan plan ? Migrations.upgrade(plan, version) : value;
  }

  /**
   * The root object's schemaVersion when it is a whole number, wherever it stands: producers that sort
   * keys (RFC 8785, {@code jq -S}, PyYAML) put it anywhere. Copernicus writes it first, so a canonical
   * document is answered at its first key; otherwise the root's other values are skipped, not built.
   */
  private Optional<Integer> rootVersion(byte[] document) {
    return atRoot(document, DocumentReader.SCHEMA_VERSION, parser -> {
      // A whole number, also written 2.0 as float-minded producers do; anything else is judged on
      // the tree.
      JsonToken value = parser.currentToken();
      if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
        return Optional.empty();
      }
      try {
        return Optional.of(new java.math.BigDecimal(parser.getString()).intValueExact());
      } catch (ArithmeticException e) {
        return Optional.empty();
      }
    });
  }

  /** The vocabulary the root declares, wherever it stands; looked for only when a word was not the format's own. */
  private Optional<Vocabulary> rootVocabulary(byte[] document) {
    return atRoot(
        document,
        DocumentReader.VOCABULARY,
        parser -> parser.currentToken() == JsonToken.VALUE_STRING
            ? Vocabulary.named(parser.getString())
            : Optional.empty());
  }

  /** {@code value} of the root object's {@code key}, its other values skipped, not built. */
  private <T> Optional<T> atRoot(
      byte[] document, String key, java.util.function.Function<JsonParser, Optional<T>> value) {
    return parsing(document, parser -> {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        boolean found = key.equals(parser.currentName());
        parser.nextToken();
        if (found) {
          return value.apply(parser);
        }
        parser.skipChildren();
      }
      return Optional.empty();
    });
  }

  /**
   * {@code read} over a parser of {@code document}, every failure our own; a limit exceeded says where,
   * as line, column and the pointer of the value being read, which Jackson's own exception leaves out,
   * and a YAML syntax error says what the YAML parser found and where.
   */
  private <T> T parsing(byte[] document, java.util.function.Function<JsonParser, T> read) {
    return guarded(() -> {
      try (JsonParser parser = parser(document)) {
        try {
          return read.apply(parser);
        } catch (StreamConstraintsException e) {
          TokenStreamLocation location = parser.currentLocation();
          throw new PlanFormatException(
              Kind.LIMIT_EXCEEDED,
              JacksonErrors.detail(e.getOriginalMessage()),
              parser.streamReadContext().pathAsPointer().toString(),
              Math.max(0, location.getLineNr()),
              Math.max(0, location.getColumnNr()),
              e);
        } catch (JacksonException e) {
          Optional<PlanFormatException> yaml = YamlSyntax.of(e, document);
          if (yaml.isPresent()) {
            throw yaml.get();
          }
          throw e;
        }
      }
    });
  }

  /** A parser over {@code document}; in YAML, one that refuses the notation's features the format does not carry. */
  private JsonParser parser(byte[] document) {
    boolean large = document.length > SMALL_YAML_DOCUMENT;
    // Unknown fields kept are read as trees, which takes the mapper's parsers.
    JsonParser parser = keepUnknownFields
        ? (large ? largeTrees : trees).get().createParser(document)
        : (large ? largeStreams : streams).createParser(ObjectReadContext.empty(), document);
    return format == Format.JSON ? parser : new YamlGuard(parser);
  }

  private interface Step<T> {
    T run();
  }

  // Every Jackson error becomes ours, with its location; nothing of Jackson escapes.
  private static <T> T guarded(Step<T> step) {
    try {
      return step.run();
    } catch (PlanFormatException e) {
      throw e;
    } catch (NumberFormatException e) {
      // A tree holds every decimal exactly, so one beyond any BigDecimal fails while the tree is
      // built.
      throw new PlanFormatException(
          Kind.INVALID_VALUE, "A number is beyond any decimal the format can hold", "", 0, 0, e);
    } catch (JacksonException e) {
      throw JacksonErrors.translate(e);
    }
  }

  private byte[] bytes(InputStream input) {
    try {
      byte[] read =
          input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.getMaxDocumentBytes() + 1));
      if (read.length > limits.getMaxDocumentBytes()) {
        throw new PlanFormatException(
            Kind.LIMIT_EXCEEDED,
            "The document is over the limit of " + limits.getMaxDocumentBytes() + " bytes",
            "",
            0,
            0,
            null);
      }
      return read;
    } catch (IOException e) {
      throw new PlanFormatException(
          Kind.IO, "Cannot read the document: " + e.getMessage(), "", 0, 0, e);
    }
  }

  // --- Writing

  /** {@code laidOut}: JSON indented as the canonical document is, or else on one line (YAML always has its layout). */
  private byte[] render(
      Class<?> type, Object value, int version, Map<String, JsonNode> extras, boolean laidOut) {
    Objects.requireNonNull(value, "value");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = generator(out, !extras.isEmpty(), laidOut)) {
      new DocumentWriter(extras).write(generator, type, value, version);
    }
    if (format == Format.JSON) {
      out.write('\n');
    }
    return out.toByteArray();
  }

  private JsonGenerator generator(OutputStream out, boolean withTrees, boolean laidOut) {
    boolean indented = format == Format.JSON && laidOut;
    if (withTrees) {
      ObjectMapper mapper = trees.get();
      return indented
          ? mapper.writer().with(prettyPrinter()).createGenerator(out)
          : mapper.createGenerator(out);
    }
    return streams.createGenerator(indented ? INDENTED : ObjectWriteContext.empty(), out);
  }

  /** Writes JSON laid out as the canonical document is. */
  private static final ObjectWriteContext INDENTED = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return prettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER);
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  // Every behaviour the format relies on is set here explicitly, so a Jackson upgrade cannot change
  // it. Duplicate keys: the document reader finds them itself, by position, for far less than the
  // parser's name set costs; trees (older versions, unknown fields kept in lenient mode) fail on
  // them as they are read.
  private static TokenStreamFactory streams(Format format, Limits limits, int bufferSize) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(limits.getMaxDocumentBytes())
        .maxNestingDepth(limits.getMaxNestingDepth())
        .maxStringLength(limits.getMaxStringLength())
        .maxNumberLength(limits.getMaxNumberLength())
        .maxNameLength(limits.getMaxNameLength())
        .maxTokenCount(limits.getMaxTokenCount())
        .build();
    if (format == Format.JSON) {
      return JsonFactory.builder()
          .streamReadConstraints(constraints)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(
              JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_SINGLE_QUOTES,
              JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
              JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();
    }
    // snakeyaml-engine stops at 3 MiB of text by default, a limit of its own: the format's limits
    // are the document limit, in bytes, which is never fewer than the code points it holds.
    LoadSettings yaml = LoadSettings.builder()
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.getMaxDocumentBytes()))
        .setMaxAliasesForCollections(0)
        .setBufferSize(bufferSize)
        .build();
    return YAMLFactory.builder()
        .loadSettings(yaml)
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(YAMLWriteFeature.MINIMIZE_QUOTES)
        // One text, one line: a person editing the file should not meet a long text folded over
        // lines that each end in an escape.
        .disable(YAMLWriteFeature.SPLIT_LINES)
        .enable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
        .build();
  }

  // Trees keep decimals exact, trailing zeros included (money is never rounded).
  private static ObjectMapper mapper(TokenStreamFactory streams) {
    return (streams instanceof YAMLFactory yaml
            ? YAMLMapper.builder(yaml)
            : JsonMapper.builder((JsonFactory) streams))
        .enable(
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  /** Only turns kept unknown fields (JSON text) back into trees; never reads a document. */
  private static final class Trees {
    static final JsonMapper JSON = JsonMapper.builder().build();
  }

  /** Builds a {@link PlanCodec}. */
  public static final class Builder {
    private Format format = Format.JSON;
    private Limits limits = Limits.defaults();
    private boolean keepUnknownFields;

    private Builder() {}

    /** JSON (the default) or YAML. */
    public Builder format(Format format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** Limits on what the codec reads. */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Keeps unknown fields instead of rejecting them (the default is to reject): {@link
     * PlanCodec#readDocument} returns them and {@link PlanCodec#write(PlanDocument)} writes them back.
     */
    public Builder keepUnknownFields(boolean keep) {
      this.keepUnknownFields = keep;
      return this;
    }

    /** The codec. */
    public PlanCodec build() {
      JacksonAnnotations.check();
      return new PlanCodec(this);
    }
  }
}
