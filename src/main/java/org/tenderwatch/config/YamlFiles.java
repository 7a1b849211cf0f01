package org.tenderwatch.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads one YAML file into a record, turning parser errors into messages that name the file and key. */
public final class YamlFiles {
  private static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private YamlFiles() {}

  /** Reads {@code file} into {@code type}; a {@link ConfigException} names the file and the key at fault. */
  public static <T> T read(Path file, Class<T> type) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, null, "file not found");
    } catch (IOException e) {
      throw new ConfigException(file, null, "cannot read: " + e.getMessage(), e);
    }
    try {
      T value = MAPPER.readValue(bytes, type);
      if (value == null) {
        throw new ConfigException(file, null, "the file is empty");
      }
      return value;
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
