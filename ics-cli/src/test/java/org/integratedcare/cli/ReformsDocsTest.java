package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.SourceStatus;
import org.integratedcare.governance.authority.DecisionAuthority;
import org.integratedcare.governance.authority.Verdict;
import org.integratedcare.governance.diff.ModelDiff;
import org.integratedcare.governance.reform.WhatIf;
import org.integratedcare.io.ModelFiles;
import org.integratedcare.json.IcsJson;
import org.integratedcare.json.ReformScenarios;
import org.integratedcare.report.DiffReport;
import org.junit.jupiter.api.Test;

/**
 * The Java sample of docs/reforms.md ("The same from Java"), line for line, on the bundled example
 * (read from the project root, one directory up). If this test fails, the doc is wrong.
 */
class ReformsDocsTest {
  @Test
  void sameFromJava() {
    IcsModel model = ModelFiles.read(Path.of("..", "examples", "exampleshire-ics.yaml"));
    LocalDate date = LocalDate.of(2027, 4, 1);

    ModelDiff across = ModelDiff.between(model, LocalDate.of(2023, 3, 31), model, LocalDate.of(2023, 4, 1));
    String boardPaper = DiffReport.toMarkdown(across);

    WhatIf bill = WhatIf.of(model, ReformScenarios.bundled("health-bill-2026"), date, date);
    String json = IcsJson.write(bill);

    Verdict verdict = DecisionAuthority.of(bill.applied().model())
        .verdict("secretary-of-state", "fn-nhse-icb-performance-assessment", "secretary-of-state", date);
    SourceStatus status = verdict.status();           // BILL: the answer rests on the Bill
    DecisionAuthority inForce = DecisionAuthority.of(bill.applied().model()).lawInForceOnly();

    assertThat(boardPaper).startsWith("# Changes to Exampleshire").contains("### Came into force");
    assertThat(json).contains("\"id\" : \"health-bill-2026\"");
    assertThat(verdict.isBinding()).isTrue();
    assertThat(status).isEqualTo(SourceStatus.BILL);
    assertThat(inForce.verdict("secretary-of-state", "fn-nhse-icb-performance-assessment", "secretary-of-state",
        date).isBinding()).isFalse();
  }
}
