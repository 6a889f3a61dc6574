package org.integratedcare.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.io.ModelFormat;
import org.integratedcare.io.ModelReader;
import org.integratedcare.io.ReadLimits;
import org.integratedcare.io.tree.DocumentLimits;
import org.integratedcare.io.tree.JsonDocumentReader;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.YamlDocumentReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loading the {@link EnglandScale England-scale model} from its files, against floors: a Jackson
 * tree parse of the same bytes (what any Jackson-based reader must pay), the library's own tree
 * parse, and the whole load (parse, decode, integrity check, indexes). At scale 1 (about 32,000
 * records, 8.7 MB of JSON) and scale 10.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class EnglandLoadBenchmarks {
  private static final int GIB = 1 << 30;

  /** How many Englands the model holds. */
  @Param({"1", "10"})
  public int scale;

  private byte[] json;
  private byte[] yaml;
  private ModelReader reader;
  private JsonDocumentReader jsonTree;
  private YamlDocumentReader yamlTree;
  private JsonMapper jackson;
  private YAMLMapper jacksonYaml;

  /** Writes the model in both formats once. */
  @Setup
  public void setUp() {
    IcsModel model = EnglandScale.model(scale);
    json = ModelFiles.write(model, ModelFormat.JSON).getBytes(StandardCharsets.UTF_8);
    yaml = ModelFiles.write(model, ModelFormat.YAML).getBytes(StandardCharsets.UTF_8);
    reader = ModelReader.withLimits(ReadLimits.defaults().withMaxDocumentBytes(GIB));
    DocumentLimits limits = new DocumentLimits(GIB, 64, 100_000, DocumentLimits.DEFAULT_MAX_NUMBER_LENGTH);
    jsonTree = new JsonDocumentReader(limits);
    yamlTree = new YamlDocumentReader(limits);
    jackson = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
        .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
            .maxDocumentLength(GIB).maxStringLength(100_000).build())
        .build()).build();
    jacksonYaml = YAMLMapper.builder(tools.jackson.dataformat.yaml.YAMLFactory.builder()
        .loadSettings(org.snakeyaml.engine.v2.api.LoadSettings.builder().setCodePointLimit(GIB).build())
        .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
            .maxDocumentLength(GIB).maxStringLength(100_000).build())
        .build()).build();
  }

  /** Floor: Jackson 3's tree parse of the JSON. */
  @Benchmark
  public JsonNode jsonJacksonTreeFloor() {
    return jackson.readTree(json);
  }

  /** The library's own tree parse of the JSON, with line and column on every node. */
  @Benchmark
  public Node jsonLibraryTree() {
    return jsonTree.read(json);
  }

  /** The whole load of the JSON file: parse, decode, check, index. */
  @Benchmark
  public IcsModel jsonLoad() {
    return reader.read(new ByteArrayInputStream(json), ModelFormat.JSON);
  }

  /** Floor: Jackson 3's tree parse of the YAML (SnakeYAML Engine underneath). */
  @Benchmark
  public JsonNode yamlJacksonTreeFloor() {
    return jacksonYaml.readTree(yaml);
  }

  /** The library's own tree parse of the YAML. */
  @Benchmark
  public Node yamlLibraryTree() {
    return yamlTree.read(yaml);
  }

  /** The whole load of the YAML file. */
  @Benchmark
  public IcsModel yamlLoad() {
    return reader.read(new ByteArrayInputStream(yaml), ModelFormat.YAML);
  }
}
