package org.tenderwatch.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one YAML file into a record, turning parser errors into messages that name the file and key. A file with
 * defaults is read over the bundled copy of the repository's documented file (config/tenderwatch.yaml,
 * config/cases.yaml, packed under /defaults/ by the build): a key the file leaves out takes the documented value,
 * so no default lives in Java.
 */
public final class YamlFiles {
  private static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private YamlFiles() {}

  /** Reads {@code file} into {@code type}; a {@link ConfigException} names the file and the key at fault. */
  public static <T> T read(Path file, Class<T> type) {
    return bind(file, tree(file, bytes(file)), type);
  }

  /**
   * Reads {@code file} over the bundled defaults {@code /defaults/<name>}: keys present in the file win, mappings
   * are merged key by key, lists and scalars replace.
   */
  public static <T> T readOverDefaults(Path file, String name, Class<T> type) {
    JsonNode merged = bundled(name);
    merge((ObjectNode) merged, tree(file, bytes(file)), file);
    return bind(file, merged, type);
  }

  /** The bundled documented defaults {@code /defaults/<name>} alone. */
  public static <T> T defaults(String name, Class<T> type) {
    return bind(Path.of("/defaults", name), bundled(name), type);
  }

  private static JsonNode bundled(String name) {
    Path where = Path.of("/defaults", name);
    try (InputStream in = YamlFiles.class.getResourceAsStream("/defaults/" + name)) {
      if (in == null) {
        throw new ConfigException(where, null, "not in the jar: the build packs config/" + name + " there");
      }
      return tree(where, in.readAllBytes());
    } catch (IOException e) {
      throw new ConfigException(where, null, "cannot read: " + e.getMessage(), e);
    }
  }

  private static void merge(ObjectNode into, JsonNode over, Path file) {
    if (over == null || over.isNull() || over.isMissingNode()) {
      return;
    }
    if (!over.isObject()) {
      throw new ConfigException(file, null, "wrong type: expected a mapping of keys at the top");
    }
    for (Map.Entry<String, JsonNode> e : over.properties()) {
      JsonNode mine = into.get(e.getKey());
      if (mine != null && mine.isObject() && e.getValue().isObject()) {
        merge((ObjectNode) mine, e.getValue(), file);
      } else {
        into.set(e.getKey(), e.getValue());
      }
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, null, "file not found");
    } catch (IOException e) {
      throw new ConfigException(file, null, "cannot read: " + e.getMessage(), e);
    }
  }

  private static JsonNode tree(Path file, byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      throw new ConfigException(file, path(e), e.getOriginalMessage(), e);
    }
  }

  private static <T> T bind(Path file, JsonNode tree, Class<T> type) {
    if (tree == null || tree.isNull() || tree.isMissingNode()) {
      throw new ConfigException(file, null, "the file is empty");
    }
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(file, path(e), "unknown key '" + e.getPropertyName() + "'", e);
    } catch (MismatchedInputException e) {
      throw new ConfigException(file, path(e), "wrong type: " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      throw new ConfigException(file, path(e), e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      // thrown by the records' own checks (compact constructors)
      throw new ConfigException(file, null, e.getMessage(), e);
    }
  }

  private static String path(JacksonException e) {
    return e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
