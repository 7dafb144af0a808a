package dev.fairness.gate;

import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Shared inputs of the gate tests: testdata paths, small results, and the JUnit XSD check. */
final class GateFixtures {

  private GateFixtures() {}

  static Path testdata() {
    return Path.of(System.getProperty("testdata.dir", "../testdata")).toAbsolutePath().normalize();
  }

  static Path gate(String relative) {
    return testdata().resolve("gate").resolve(relative);
  }

  /** Validates a JUnit XML document against testdata/gate/junit.xsd; throws on any problem. */
  static void validateJUnit(String xml) throws SAXException, IOException {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    Schema schema = f.newSchema(gate("junit.xsd").toFile());
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  static MetricValue value(String name, double v) {
    return MetricValue.of(name, name + " description", v);
  }

  static MetricValue error(String name, String message) {
    return MetricValue.failed(name, name + " description", message);
  }

  /** Returns a result with one facet and one group per stage (null stage lists mean absent). */
  static AnalysisResult result(
      String facet, String group, List<MetricValue> pre, List<MetricValue> post) {
    return new AnalysisResult(report(facet, group, pre), report(facet, group, post), null, null);
  }

  private static BiasReport report(String facet, String group, List<MetricValue> metrics) {
    if (metrics == null) {
      return null;
    }
    Map<String, List<FacetGroupResult>> facets = new LinkedHashMap<>();
    facets.put(facet, List.of(new FacetGroupResult(group, metrics, null)));
    return new BiasReport("Target", "1", facets, null);
  }
}
