package org.integratedcare.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.structure.PrimaryCareNetwork;
import org.integratedcare.io.ModelFiles;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The bundled example, its table files, and the test's own files with mistakes. */
final class Fixtures {
  static final Path EXAMPLES = Path.of("..", "examples");
  static final IcsModel EXAMPLE = ModelFiles.read(EXAMPLES.resolve("exampleshire-ics.yaml"));

  private Fixtures() {}

  static byte[] example(String name) {
    try {
      return Files.readAllBytes(EXAMPLES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The example with no delegations (and without the formal-delegation mechanism that names two of
   * them, which cannot be recorded without them).
   */
  static IcsModel exampleWithoutDelegations() {
    IcsModel.Builder b = IcsModel.builder().name(EXAMPLE.name().orElse(null));
    EXAMPLE.completeness().forEach(b::declareComplete);
    EXAMPLE.organisations().forEach(b::add);
    EXAMPLE.structures().forEach(b::add);
    EXAMPLE.bodies().forEach(b::add);
    EXAMPLE.posts().forEach(b::add);
    EXAMPLE.people().forEach(b::add);
    EXAMPLE.appointments().forEach(b::add);
    EXAMPLE.functions().forEach(b::add);
    EXAMPLE.mechanisms().stream().filter(m -> m.kind() != MechanismKind.FORMAL_DELEGATION).forEach(b::add);
    EXAMPLE.accountabilityLinks().forEach(b::add);
    EXAMPLE.meetings().forEach(b::add);
    EXAMPLE.changeEvents().forEach(b::add);
    return b.build();
  }

  /** The example with every person's register of interests emptied. */
  static IcsModel exampleWithoutDeclarations() {
    IcsModel.Builder b = IcsModel.builder().name(EXAMPLE.name().orElse(null));
    EXAMPLE.completeness().forEach(b::declareComplete);
    EXAMPLE.organisations().forEach(b::add);
    EXAMPLE.structures().forEach(b::add);
    EXAMPLE.bodies().forEach(b::add);
    EXAMPLE.posts().forEach(b::add);
    EXAMPLE.people().forEach(p -> b.add(Person.builder().from(p).declarations(List.of()).build()));
    EXAMPLE.appointments().forEach(b::add);
    EXAMPLE.functions().forEach(b::add);
    EXAMPLE.delegations().forEach(b::add);
    EXAMPLE.mechanisms().forEach(b::add);
    EXAMPLE.accountabilityLinks().forEach(b::add);
    EXAMPLE.meetings().forEach(b::add);
    EXAMPLE.changeEvents().forEach(b::add);
    return b.build();
  }

  /** Asserts that two models hold the same records of every kind but delegations. */
  static void assertSameBesidesDelegations(IcsModel actual, IcsModel expected) {
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.organisations()).containsExactlyElementsOf(expected.organisations());
    assertThat(actual.structures()).containsExactlyElementsOf(expected.structures());
    assertThat(actual.bodies()).containsExactlyElementsOf(expected.bodies());
    assertThat(actual.posts()).containsExactlyElementsOf(expected.posts());
    assertThat(actual.people()).containsExactlyElementsOf(expected.people());
    assertThat(actual.appointments()).containsExactlyElementsOf(expected.appointments());
    assertThat(actual.functions()).containsExactlyElementsOf(expected.functions());
    assertThat(actual.mechanisms()).containsExactlyElementsOf(expected.mechanisms());
    assertThat(actual.accountabilityLinks()).containsExactlyElementsOf(expected.accountabilityLinks());
    assertThat(actual.meetings()).containsExactlyElementsOf(expected.meetings());
    assertThat(actual.changeEvents()).containsExactlyElementsOf(expected.changeEvents());
    assertThat(actual.completeness()).containsExactlyElementsOf(expected.completeness());
  }

  static PrimaryCareNetwork network(IcsModel model, String id) {
    return model.structure(id).map(PrimaryCareNetwork.class::cast).orElseThrow();
  }

  /** The problems of a call that must fail with a validation exception. */
  static List<Problem> problems(ThrowingCallable call) {
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class, call);
    assertThat(e).as("the import should fail").isNotNull();
    assertThat(e.getCause()).isNull();
    return e.problems();
  }

  /** The problems as "path: message" lines. */
  static List<String> lines(List<Problem> problems) {
    return problems.stream().map(p -> p.path() + ": " + p.message()).toList();
  }
}
