package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.io.tree.Node;
import org.integratedcare.io.tree.ObjectNode;
import org.junit.jupiter.api.Test;

/** ModelFiles.fromTree: the model of a tree built by other code, checked as a file is. */
class FromTreeTest {
  private static final IcsModel EXAMPLE = ModelFiles.read(Path.of("..", "examples", "exampleshire-ics.yaml"));

  @Test
  void theTreeOfAModel_givesTheModelBack() {
    assertThat(ModelFiles.fromTree(ModelFiles.toTree(EXAMPLE), "the tree")).isEqualTo(EXAMPLE);
  }

  @Test
  void everyProblemIsReported_withItsPathAndTheSourceName() {
    ObjectNode tree = ModelFiles.toTree(EXAMPLE);
    tree.put("colour", "blue");
    ((ObjectNode) tree.path("delegations").get(0)).put("flavour", "mint");

    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> ModelFiles.fromTree(tree, "the request body"));

    assertThat(e.getMessage()).contains("the request body");
    assertThat(e.problems()).extracting(Problem::path).contains("colour", "delegations[0].flavour");
    // nodes built in code have no position
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEmpty());
  }

  @Test
  void aRootThatIsNoObject_orTheMissingNode_isAProblem() {
    assertThat(catchThrowableOfType(ModelValidationException.class,
        () -> ModelFiles.fromTree(Node.array(), "x")).problems()).hasSize(1);
    assertThat(catchThrowableOfType(ModelValidationException.class,
        () -> ModelFiles.fromTree(Node.missing(), "x")).problems().get(0).message()).contains("empty");
  }

  @Test
  void nullArguments_areRejected() {
    assertThatNullPointerException().isThrownBy(() -> ModelFiles.fromTree(null, "x"));
    assertThatNullPointerException().isThrownBy(() -> ModelFiles.fromTree(Node.object(), null));
  }
}
