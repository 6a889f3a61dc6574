package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.change.ChangeKind;
import org.integratedcare.core.change.TransferMeans;
import org.junit.jupiter.api.Test;

/**
 * Change events that carry functions, as a model file writes them: an abolition naming the bodies
 * that take over its functions (some by function, the rest all at once), a transfer of functions
 * by scheme whose transferor continues, and a boundary change listing the area units it moves.
 */
class ChangeEventFilesTest {
  private static final String HEAD = """
      name: Reorganisation
      organisations:
        - {id: nhse, name: NHS England, kind: nhs-england, from: 2022-07-01}
        - {id: dhsc, name: Secretary of State for Health and Social Care, kind: secretary-of-state, from: 2022-07-01}
        - {id: icb-a, name: NHS A Integrated Care Board, kind: integrated-care-board, from: 2022-07-01}
        - {id: icb-b, name: NHS B Integrated Care Board, kind: integrated-care-board, from: 2022-07-01}
      functions:
        - {id: fn-direct, name: Direct commissioning of specialised services, holder: nhse, from: 2022-07-01}
        - {id: fn-pms, name: Commissioning primary medical services, holder: icb-a, from: 2022-07-01}
      """;

  private static final String EVENTS = HEAD + """
      changeEvents:
        - id: ce-abolish-nhse
          kind: abolition
          effectiveDate: 2027-04-01
          predecessors: [nhse]
          successors: [dhsc, icb-a]
          transfers:
            - {from: nhse, to: icb-a, functions: [fn-direct]}
            - {from: nhse, to: dhsc, functions: all}
          transferredBy: statute
          sources:
            - {document: Health Bill 2026, status: bill}
        - id: ce-pms-to-b
          kind: transfer-of-functions
          effectiveDate: 2026-10-01
          predecessors: [icb-a]
          successors: [icb-b]
          transfers:
            - {from: icb-a, to: icb-b, functions: [fn-pms]}
          transferredBy: scheme
          arrangementsCarryOver: true
        - id: ce-boundary
          kind: boundary-change
          effectiveDate: 2026-04-01
          successors: [icb-a, icb-b]
          areas:
            - {unit: E06000060, from: icb-a, to: icb-b}
      """;

  @Test
  void eventsThatCarryFunctions_readWithEveryRouteAndStatus_andWriteBackTheSame() {
    IcsModel model = ModelFiles.read(EVENTS, ModelFormat.YAML);

    ChangeEvent abolition = model.changeEvents().get(0);
    assertThat(abolition.kind()).isEqualTo(ChangeKind.ABOLITION);
    assertThat(abolition.recipients("nhse", "fn-direct")).containsExactly("icb-a", "dhsc");
    assertThat(abolition.recipients("nhse", "fn-other")).containsExactly("dhsc");
    assertThat(abolition.transferredBy()).contains(TransferMeans.STATUTE);
    assertThat(abolition.arrangementsCarryOver()).as("the Bill does not say").isEmpty();
    assertThat(abolition.sources().get(0).status()).contains(SourceStatus.BILL);

    ChangeEvent transfer = model.changeEvents().get(1);
    assertThat(transfer.ends("icb-a")).as("a transferor continues").isFalse();
    assertThat(transfer.recipients("icb-a", "fn-pms")).containsExactly("icb-b");
    assertThat(transfer.recipients("icb-a", null)).as("icb-a as a whole is not succeeded").isEmpty();
    assertThat(transfer.arrangementsCarryOver()).contains(true);

    ChangeEvent boundary = model.changeEvents().get(2);
    assertThat(boundary.areas()).singleElement()
        .satisfies(a -> assertThat(List.of(a.unit(), a.from(), a.to())).containsExactly("E06000060", "icb-a", "icb-b"));

    for (ModelFormat format : ModelFormat.values()) {
      String text = ModelFiles.write(model, format);
      IcsModel back = ModelFiles.read(text, format);
      assertThat(back.changeEvents()).isEqualTo(model.changeEvents());
      assertThat(ModelFiles.write(back, format)).isEqualTo(text);
    }
    assertThat(ModelFiles.write(model, ModelFormat.YAML)).contains("functions: all");
  }

  @Test
  void filesWrittenBeforeTransfersExisted_stillRead() {
    IcsModel model = ModelFiles.read(HEAD + """
        changeEvents:
          - {id: ce-merge, kind: merger, effectiveDate: 2026-04-01, predecessors: [icb-a, icb-b], successors: [dhsc]}
          - {id: ce-end, kind: abolition, effectiveDate: 2027-04-01, predecessors: [nhse]}
        """, ModelFormat.YAML);
    assertThat(model.changeEvents().get(0).recipients("icb-a", "fn-pms")).containsExactly("dhsc");
    assertThat(model.changeEvents().get(1).recipients("nhse", "fn-direct")).isEmpty();
  }

  @Test
  void everyMistakeInTheNewShape_isReportedAtOnce_withItsPath() {
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> ModelFiles.read(HEAD + """
            changeEvents:
              - id: ce-1
                kind: transfer-of-functions
                effectiveDate: 2026-10-01
                predecessors: [icb-a]
                successors: [icb-b]
                transfers:
                  - {from: icb-a, to: icb-b, functions: some}
                  - {from: icb-a, to: icb-b, functions: []}
                  - {from: icb-a, to: icb-b}
                  - {from: icb-a, to: icb-b, functions: 5}
                transferredBy: decree
              - id: ce-2
                kind: abolition
                effectiveDate: 2027-04-01
                predecessors: [nhse]
                successors: [dhsc]
                transfers:
                  - {from: nhse, to: icb-b, functions: [fn-direct]}
              - id: ce-3
                kind: transfer-of-functions
                effectiveDate: 2027-04-01
                predecessors: [icb-a]
                successors: [icb-b]
                transfers:
                  - {from: icb-a, to: icb-b, functions: [fn-unknown]}
            """, ModelFormat.YAML));
    assertThat(e).isNotNull();
    List<String> lines = e.problems().stream().map(Problem::toString).toList();
    assertThat(e.problems()).extracting(Problem::path).contains(
        "changeEvents[0].transfers[0].functions",
        "changeEvents[0].transfers[1].functions",
        "changeEvents[0].transfers[2].functions",
        "changeEvents[0].transfers[3].functions",
        "changeEvents[0].transferredBy",
        "changeEvents[1]");
    assertThat(String.join("\n", lines))
        .contains("or write 'all'")
        .contains("transfers functions to 'icb-b', which is not one of its successors")
        .doesNotContain("Exception", "Immutable", "Jackson");
  }

  @Test
  void aTransferNamingAFunctionTheModelDoesNotRecord_isAReferenceProblem() {
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> ModelFiles.read(HEAD + """
            changeEvents:
              - id: ce-3
                kind: transfer-of-functions
                effectiveDate: 2027-04-01
                predecessors: [icb-a]
                successors: [icb-b]
                transfers:
                  - {from: icb-a, to: icb-b, functions: [fn-unknown]}
            """, ModelFormat.YAML));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::path)
        .containsExactly("changeEvents[0].transfers[0].functions[0]");
  }
}
