package io.tracetrack.migrations.imports.liquibase;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Which changeset holds a change type Liquibase does not know. Liquibase's parser names the file
 * and the type but not the changeset; this reads the file again, with SnakeYAML (YAML and JSON) or
 * the JDK's XML parser, and finds the changeset that holds an element or key of that name.
 */
final class UnknownChange {
  private static final Pattern MESSAGE = Pattern.compile("Error parsing (\\S+?)\\s*:.*Unknown change type '([^']+)'", Pattern.DOTALL);

  private UnknownChange() {}

  /** The file, change type and changeset ({@code id by author}) that the message is about, if it is one. */
  record Found(String file, String type, String changeSet) {}

  static Optional<Found> locate(String message, Path searchRoot) {
    Matcher m = message == null ? null : MESSAGE.matcher(message);
    if (m == null || !m.find()) {
      return Optional.empty();
    }
    String file = m.group(1);
    String type = m.group(2);
    Path path = searchRoot.resolve(file);
    try (InputStream in = Files.newInputStream(path)) {
      String changeSet = file.endsWith(".xml") ? inXml(in, type) : inYaml(in, type);
      return Optional.of(new Found(file, type, changeSet));
    } catch (Exception e) {
      return Optional.of(new Found(file, type, null));
    }
  }

  private static String inXml(InputStream in, String type) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList changeSets = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "changeSet");
    for (int i = 0; i < changeSets.getLength(); i++) {
      Element changeSet = (Element) changeSets.item(i);
      for (Node child = changeSet.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (type.equals(child.getLocalName())) {
          return changeSet.getAttribute("id") + " by " + changeSet.getAttribute("author");
        }
      }
    }
    return null;
  }

  private static String inYaml(InputStream in, String type) {
    Object root = new Yaml(new LoaderOptions()).load(in);
    if (!(root instanceof Map<?, ?> top) || !(top.get("databaseChangeLog") instanceof List<?> entries)) {
      return null;
    }
    for (Object entry : entries) {
      if (entry instanceof Map<?, ?> map && map.get("changeSet") instanceof Map<?, ?> changeSet
          && changeSet.get("changes") instanceof List<?> changes
          && changes.stream().anyMatch(c -> c instanceof Map<?, ?> one && one.containsKey(type))) {
        return changeSet.get("id") + " by " + changeSet.get("author");
      }
    }
    return null;
  }
}
