package org.integratedcare.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.core.organisation.Sector;
import org.integratedcare.metrics.structure.DuplicatedFunction;
import org.integratedcare.metrics.structure.StructuralMeasures;
import org.junit.jupiter.api.Test;

/**
 * The measures of the bundled example file, as a reviewer would read them on 1 June 2025. Each
 * assertion states what the example's arrangements show.
 */
class ExampleshireFileMetricsTest {
  private static final LocalDate ON = LocalDate.of(2025, 6, 1);

  private static StructuralMeasures measures() {
    IcsModel model = ModelFiles.read(Path.of("..", "examples", "exampleshire-ics.yaml"));
    return StructuralMeasures.of(model, ON);
  }

  @Test
  void everyFunctionHasOneLineOfAnswering_upToAnUltimateAccountHolder() {
    var clarity = measures().accountability();

    // Ten functions in force; each holder answers vertically to one account-holder (the CQC's
    // regulation of the foundation trust is listed beside its line to NHS England, not counted).
    assertThat(clarity.functionsInForce()).isEqualTo(10);
    assertThat(clarity.clear()).isEqualTo(10);
    assertThat(clarity.reachingTerminus()).isEqualTo(10);
    assertThat(clarity.gaps()).isZero();
  }

  @Test
  void commissioningIsBindingFromTheFinanceCommitteeAndThePlaceCommittees() {
    var duplication = measures().duplication();

    // The board delegates commissioning to its finance committee (system-wide) and to each place
    // committee (its own place), so the same population is covered twice: a point to check that
    // the delegations' limits divide the scope, which the rules report as information too.
    assertThat(duplication.duplicated()).extracting(DuplicatedFunction::function).containsExactly("fn-icb-commissioning");
  }

  @Test
  void partnershipForums_giveVotesToNhsLocalGovernmentVcseAndPublic_butNotIndependentProviders() {
    var inclusion = measures().inclusion();

    assertThat(inclusion.votingSectors()).contains(Sector.NHS, Sector.LOCAL_GOVERNMENT, Sector.VCSE, Sector.PUBLIC);
    assertThat(inclusion.missingCategories()).containsExactly(Sector.INDEPENDENT);
  }

  @Test
  void informalMechanismsAreAboutAThirdOfAll_andTheSystemIsOneConnectedNetwork() {
    StructuralMeasures m = measures();

    assertThat(m.mechanisms().total()).isEqualTo(13);
    assertThat(m.mechanisms().informal()).isEqualTo(5);
    assertThat(m.network().components()).isEqualTo(1);
    assertThat(m.network().organisations()).isEqualTo(15);
    // The ICB is the system's main broker: most paths between partners run through its forums.
    assertThat(m.network().centrality().get(0).organisation()).isEqualTo("exampleshire-icb");
  }
}
