package dev.copernicus.serialization;

import dev.copernicus.serialization.PlanFormatException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The hostile-input catalogue: malformed, oversized, mistyped and malicious documents, each with the
 * kind of {@link PlanFormatException} it must end in. Shared by the format's tests and the command-line
 * assessor's.
 */
public final class HostileInputs {
  private HostileInputs() {}

  /** One hostile input: a name, its notation, the bytes, and the kind of error it must give. */
  public record HostileInput(String name, Format format, Supplier<byte[]> input, Kind expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  // The current version: read in one pass. Older versions go through the tree and the upgrade; the
  // catalogue's "older version" entries pin that path.
  private static final String VERSION = String.valueOf(PlanCodec.schemaVersion());
  private static final String HEAD =
      "{\"schemaVersion\": " + VERSION + ", \"id\": \"p-1\", \"asOf\": \"2026-01-15\", ";
  private static final String OLD_HEAD =
      "{\"schemaVersion\": 1, \"id\": \"p-1\", \"asOf\": \"2026-01-15\", ";
  private static final String ACCOUNT = "\"account\": {\"name\": \"Acme\"}";

  private static Supplier<byte[]> json(String text) {
    return () -> text.getBytes(StandardCharsets.UTF_8);
  }

  private static Supplier<byte[]> plan(String fields) {
    return json(HEAD + fields + "}");
  }

  /** {@code text} in UTF-8 with its '?' replaced by {@code bytes}. */
  private static Supplier<byte[]> withBytes(String text, int... bytes) {
    return () -> {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (byte b : utf8) {
        if (b == '?') {
          for (int x : bytes) {
            out.write(x);
          }
        } else {
          out.write(b);
        }
      }
      return out.toByteArray();
    };
  }

  private static HostileInput entry(
      String name, Format format, Supplier<byte[]> input, Kind expected) {
    return new HostileInput(name, format, input, expected);
  }

  /** The catalogue. */
  public static List<HostileInput> all() {
    Format j = Format.JSON;
    Format y = Format.YAML;
    return List.of(
        entry("empty document", j, json(""), Kind.MALFORMED),
        entry("whitespace only", j, json("   \n  "), Kind.MALFORMED),
        entry("truncated document", j, json(HEAD + "\"account\": {\"name\": \"Ac"), Kind.MALFORMED),
        entry("unclosed object", j, json(HEAD + ACCOUNT), Kind.MALFORMED),
        entry("trailing garbage", j, json(HEAD + ACCOUNT + "} trailing"), Kind.MALFORMED),
        entry(
            "two documents", j, json(HEAD + ACCOUNT + "}" + HEAD + ACCOUNT + "}"), Kind.MALFORMED),
        entry("array at the root", j, json("[1, 2]"), Kind.WRONG_TYPE),
        entry("string at the root", j, json("\"plan\""), Kind.WRONG_TYPE),
        entry(
            "nesting 100,000 deep",
            j,
            () -> ("{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}")
                .getBytes(StandardCharsets.UTF_8),
            Kind.LIMIT_EXCEEDED),
        entry(
            "a 50 MB string",
            j,
            () -> (HEAD + "\"account\": {\"name\": \"" + "x".repeat(50 * 1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8),
            Kind.LIMIT_EXCEEDED),
        entry("a 65 MiB document", j, () -> new byte[65 * 1024 * 1024], Kind.LIMIT_EXCEEDED),
        entry(
            "21 million tokens",
            j,
            () -> ("{\"a\": [" + "0,".repeat(21_000_000) + "0]}").getBytes(StandardCharsets.UTF_8),
            Kind.LIMIT_EXCEEDED),
        entry(
            "a 1000-digit number",
            j,
            plan(ACCOUNT + ", \"relationshipScale\": " + "9".repeat(1000)),
            Kind.LIMIT_EXCEEDED),
        entry(
            "fuzzing finding: an exponent too large to write out",
            j,
            plan(ACCOUNT
                + ", \"engagements\": [{\"name\": \"e\", \"marginPercent\": 1E+100000024}]"),
            Kind.INVALID_VALUE),
        entry(
            "fuzzing finding: an exponent beyond any decimal",
            j,
            plan(ACCOUNT
                + ", \"engagements\": [{\"name\": \"e\", \"marginPercent\": 1e100000045000}]"),
            Kind.INVALID_VALUE),
        entry(
            "an exponent too small to write out",
            j,
            plan(ACCOUNT + ", \"engagements\": [{\"name\": \"e\", \"marginPercent\": 1E-99}]"),
            Kind.INVALID_VALUE),
        entry(
            "a 1000-character field name",
            j,
            plan(ACCOUNT + ", \"" + "n".repeat(1000) + "\": 1"),
            Kind.LIMIT_EXCEEDED),
        entry(
            "duplicate keys",
            j,
            plan(ACCOUNT + ", \"title\": \"a\", \"title\": \"b\""),
            Kind.DUPLICATE_KEY),
        entry(
            "duplicate keys in an amount of money",
            j,
            plan(
                ACCOUNT
                    + ", \"engagements\": [{\"name\": \"e\", \"revenue\": {\"amount\": 1, \"currency\": \"EUR\", \"amount\": 2}}]"),
            Kind.DUPLICATE_KEY),
        entry(
            "schemaVersion twice",
            j,
            plan(ACCOUNT + ", \"schemaVersion\": " + VERSION),
            Kind.DUPLICATE_KEY),
        entry(
            "an older version: trailing garbage",
            j,
            json(OLD_HEAD + ACCOUNT + "} trailing"),
            Kind.MALFORMED),
        entry(
            "an older version: two documents",
            j,
            json(OLD_HEAD + ACCOUNT + "}" + OLD_HEAD + ACCOUNT + "}"),
            Kind.MALFORMED),
        entry(
            "an older version: an exponent beyond any decimal",
            j,
            json(OLD_HEAD + ACCOUNT
                + ", \"engagements\": [{\"name\": \"e\", \"marginPercent\": 1e100000045000}]}"),
            Kind.INVALID_VALUE),
        entry(
            "an older version: an unknown field",
            j,
            json(OLD_HEAD + ACCOUNT + ", \"titel\": \"typo\"}"),
            Kind.UNKNOWN_FIELD),
        entry(
            "duplicate keys before schemaVersion",
            j,
            json("{\"id\": \"p\", \"id\": \"q\", \"schemaVersion\": 1, \"asOf\": \"2026-01-15\", "
                + ACCOUNT + "}"),
            Kind.DUPLICATE_KEY),
        entry("NaN", j, plan(ACCOUNT + ", \"relationshipScale\": NaN"), Kind.MALFORMED),
        entry("Infinity", j, plan(ACCOUNT + ", \"relationshipScale\": Infinity"), Kind.MALFORMED),
        entry("comments", j, plan("// a comment\n" + ACCOUNT), Kind.MALFORMED),
        entry("single quotes", j, plan("'account': {'name': 'Acme'}"), Kind.MALFORMED),
        entry("trailing comma", j, plan(ACCOUNT + ","), Kind.MALFORMED),
        entry(
            "invalid UTF-8",
            j,
            () -> {
              byte[] bytes =
                  (HEAD + "\"account\": {\"name\": \"Ac?me\"}}").getBytes(StandardCharsets.UTF_8);
              for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '?') {
                  bytes[i] = (byte) 0xC3; // a lead byte followed by an ASCII byte
                }
              }
              return bytes;
            },
            Kind.MALFORMED),
        entry(
            "text where a number belongs",
            j,
            plan(ACCOUNT + ", \"relationshipScale\": \"3\""),
            Kind.WRONG_TYPE),
        entry(
            "a number where text belongs", j, plan("\"account\": {\"name\": 42}"), Kind.WRONG_TYPE),
        entry("null", j, plan(ACCOUNT + ", \"title\": null"), Kind.WRONG_TYPE),
        entry(
            "an object where a list belongs",
            j,
            plan(ACCOUNT + ", \"stakeholders\": {}"),
            Kind.WRONG_TYPE),
        entry(
            "a fraction where a whole number belongs",
            j,
            plan(ACCOUNT + ", \"relationshipScale\": 2.5"),
            Kind.WRONG_TYPE),
        entry(
            "a number out of range",
            j,
            plan(ACCOUNT + ", \"relationshipScale\": 99999999999"),
            Kind.INVALID_VALUE),
        entry(
            "an unknown enum name",
            j,
            plan(ACCOUNT
                + ", \"actions\": [{\"id\": \"a\", \"title\": \"t\", \"kind\": \"cross-sell\"}]"),
            Kind.INVALID_VALUE),
        entry(
            "the 30th of February",
            j,
            json("{\"schemaVersion\": " + VERSION + ", \"id\": \"p\", \"asOf\": \"2026-02-30\", "
                + ACCOUNT + "}"),
            Kind.INVALID_VALUE),
        entry(
            "a date in another format",
            j,
            json("{\"schemaVersion\": " + VERSION + ", \"id\": \"p\", \"asOf\": \"15/01/2026\", "
                + ACCOUNT + "}"),
            Kind.INVALID_VALUE),
        entry(
            "an unknown currency",
            j,
            plan(
                ACCOUNT
                    + ", \"engagements\": [{\"name\": \"e\", \"revenue\": {\"amount\": 1, \"currency\": \"XYZ\"}}]"),
            Kind.INVALID_VALUE),
        entry(
            "a future schemaVersion",
            j,
            json("{\"schemaVersion\": " + (PlanCodec.schemaVersion() + 1)
                + ", \"id\": \"p\", \"asOf\": \"2026-01-15\", " + ACCOUNT + "}"),
            Kind.UNSUPPORTED_VERSION),
        entry(
            "schemaVersion as text",
            j,
            json("{\"schemaVersion\": \"1\", \"id\": \"p\", \"asOf\": \"2026-01-15\", " + ACCOUNT
                + "}"),
            Kind.UNSUPPORTED_VERSION),
        entry(
            "no schemaVersion",
            j,
            json("{\"id\": \"p\", \"asOf\": \"2026-01-15\", " + ACCOUNT + "}"),
            Kind.MISSING_FIELD),
        entry(
            "a mandatory field missing",
            j,
            json("{\"schemaVersion\": " + VERSION + ", \"id\": \"p\", " + ACCOUNT + "}"),
            Kind.MISSING_FIELD),
        entry("an unknown field", j, plan(ACCOUNT + ", \"titel\": \"typo\""), Kind.UNKNOWN_FIELD),
        entry(
            "polymorphic typing by class name",
            j,
            plan(ACCOUNT + ", \"@class\": \"java.lang.ProcessBuilder\""),
            Kind.UNKNOWN_FIELD),
        entry(
            "a draft document that cannot be upgraded",
            j,
            json(
                "{\"schemaVersion\": 0, \"id\": \"p\", \"asOf\": \"2026-01-15\", \"customer\": {\"name\": \"A\"}, \"stakeholders\": [{\"id\": \"s\", \"name\": \"S\", \"role\": \"Chief Wizard\"}]}"),
            Kind.INVALID_VALUE),
        entry(
            "YAML: a billion laughs",
            y,
            json(
                "schemaVersion: 1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"),
            Kind.UNKNOWN_FIELD),
        entry(
            "YAML: tabs for indentation",
            y,
            json("schemaVersion: 1\naccount:\n\tname: Acme\n"),
            Kind.MALFORMED),
        entry(
            "YAML: duplicate keys",
            y,
            json("schemaVersion: 1\nid: p\nid: q\nasOf: 2026-01-15\naccount:\n  name: Acme\n"),
            Kind.DUPLICATE_KEY),
        entry(
            "YAML: nesting 10,000 deep",
            y,
            () -> ("a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")
                .getBytes(StandardCharsets.UTF_8),
            Kind.LIMIT_EXCEEDED),
        entry(
            "YAML: a Java class tag",
            y,
            json(
                "schemaVersion: 1\nid: !!java.lang.ProcessBuilder [\"calc\"]\nasOf: 2026-01-15\naccount:\n  name: Acme\n"),
            Kind.UNSUPPORTED_FEATURE),
        // Issue 17's defects, each pinned so it stays fixed.
        entry(
            "YAML: an alias, once read as the anchor's name",
            y,
            json("schemaVersion: " + VERSION
                + "\nid: p\nasOf: 2026-01-15\naccount:\n  name: &acme Acme\n  industry: *acme\n"),
            Kind.UNSUPPORTED_FEATURE),
        entry(
            "YAML: an alias in an older version",
            y,
            json(
                "schemaVersion: 1\nid: p\nasOf: 2026-01-15\naccount:\n  name: &acme Acme\n  industry: *acme\n"),
            Kind.UNSUPPORTED_FEATURE),
        entry(
            "YAML: a core-schema tag",
            y,
            json("schemaVersion: " + VERSION
                + "\nid: p\nasOf: 2026-01-15\naccount:\n  name: !!str Acme\n"),
            Kind.UNSUPPORTED_FEATURE),
        entry(
            "YAML: an overlong UTF-8 slash",
            y,
            withBytes(
                "schemaVersion: " + VERSION + "\nid: p\nasOf: 2026-01-15\naccount:\n  name: a?b\n",
                0xC0,
                0xAF),
            Kind.MALFORMED),
        entry(
            "an overlong UTF-8 slash",
            j,
            withBytes(HEAD + "\"account\": {\"name\": \"a?b\"}}", 0xC0, 0xAF),
            Kind.MALFORMED),
        entry(
            "a surrogate encoded in UTF-8",
            j,
            withBytes(HEAD + "\"account\": {\"name\": \"a?b\"}}", 0xED, 0xA0, 0x80),
            Kind.MALFORMED),
        entry(
            "a lone surrogate escaped",
            j,
            plan("\"account\": {\"name\": \"a\\ud800b\"}"),
            Kind.INVALID_VALUE),
        entry(
            "YAML: a lone surrogate escaped",
            y,
            json("schemaVersion: " + VERSION
                + "\nid: p\nasOf: 2026-01-15\naccount:\n  name: \"a\\ud800b\"\n"),
            Kind.INVALID_VALUE),
        entry(
            "UTF-16 JSON",
            j,
            () -> (HEAD + ACCOUNT + "}").getBytes(StandardCharsets.UTF_16),
            Kind.MALFORMED),
        entry(
            "UTF-16 YAML",
            y,
            () -> ("schemaVersion: " + VERSION
                    + "\nid: p\nasOf: 2026-01-15\naccount:\n  name: Acme\n")
                .getBytes(StandardCharsets.UTF_16),
            Kind.MALFORMED),
        entry(
            "UTF-16 without a byte order mark",
            j,
            () -> (HEAD + ACCOUNT + "}").getBytes(StandardCharsets.UTF_16LE),
            Kind.MALFORMED),
        entry(
            "a method's word without its vocabulary",
            y,
            json(
                "schemaVersion: " + VERSION
                    + "\nid: p\nasOf: 2026-01-15\naccount:\n  name: Acme\nstakeholders:\n- id: s\n  name: S\n  buyingRoles: [Economic Buyer, Approver]\n"),
            Kind.INVALID_VALUE),
        entry(
            "an unknown vocabulary",
            j,
            plan(ACCOUNT + ", \"vocabulary\": \"meddicc\""),
            Kind.INVALID_VALUE),
        entry(
            "YAML: an 8 MB plain scalar (once 15 seconds of scanning)",
            y,
            () -> ("schemaVersion: " + VERSION + "\nid: p\nasOf: 2026-01-15\naccount:\n  name: "
                    + "x".repeat(8 << 20) + "\n")
                .getBytes(StandardCharsets.UTF_8),
            Kind.LIMIT_EXCEEDED),
        entry(
            "1e-400 with schemaVersion first",
            j,
            plan(
                ACCOUNT
                    + ", \"engagements\": [{\"name\": \"e\", \"revenue\": {\"amount\": 1e-400, \"currency\": \"EUR\"}}]"),
            Kind.INVALID_VALUE),
        entry(
            "1e-400 with keys sorted",
            j,
            json(
                "{\"account\": {\"name\": \"Acme\"}, \"asOf\": \"2026-01-15\", \"engagements\": [{\"name\": \"e\", \"revenue\": {\"amount\": 1e-400, \"currency\": \"EUR\"}}], \"id\": \"p\", \"schemaVersion\": "
                    + VERSION + "}"),
            Kind.INVALID_VALUE));
  }
}
