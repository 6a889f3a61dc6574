package org.integratedcare.governance.rules.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.integratedcare.core.body.BodyKind;
import org.integratedcare.core.body.TermsOfReference;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Designation;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.CollaborativeOrientation;
import org.integratedcare.core.structure.CollaborativeType;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.governance.rules.BasisKind;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Severity;
import org.integratedcare.governance.Scenarios;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** NHS England guidance: ICB constitutions and governance; Working together at scale (2021). */
class NhsEnglandGuidancePackTest {
  private static final String P = "england.guidance.";

  // Model constitution: directors of finance, medicine and nursing are executive members.
  @Test
  void boardWithoutDirectorOfNursing_isAWarning() {
    IcsModel model = Northshire.sound().without("a-post-don").model();

    assertThat(Rules.check(P + "icb-board-executive-directors", model)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.basis().kind()).isEqualTo(BasisKind.GUIDANCE);
      assertThat(f.message()).contains("director of nursing");
    });
  }

  @Test
  void boardWithAllThreeExecutiveDirectors_satisfiesGuidance() {
    assertThat(Rules.check(P + "icb-board-executive-directors", Northshire.sound().model())).isEmpty();
  }

  // Model constitution: at least two non-executive members.
  @Test
  void boardWithOneNonExecutive_isAWarning() {
    IcsModel model = Northshire.sound().without("a-post-ned-2").model();

    assertThat(Rules.check(P + "icb-board-non-executives", model)).singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsExactly("a-post-ned-1"));
  }

  @Test
  void boardWithTwoNonExecutives_satisfiesGuidance() {
    assertThat(Rules.check(P + "icb-board-non-executives", Northshire.sound().model())).isEmpty();
  }

  // Model constitution: a non-executive (not the audit chair) is deputy chair; one is senior non-executive.
  @Test
  void deputyChairWhoIsAlsoAuditChair_andNoSeniorNonExecutive_areWarnings() {
    Northshire n = Northshire.sound();
    n.with(Appointment.builder().from(n.get("a-post-ned-1", Appointment.class))
        .designations(List.of(Designation.DEPUTY_CHAIR, Designation.AUDIT_CHAIR)).build());
    n.with(Appointment.builder().from(n.get("a-post-ned-2", Appointment.class))
        .designations(List.of()).build());

    assertThat(Rules.check(P + "icb-board-non-executive-roles", n.model())).extracting(Finding::message)
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("both deputy chair and audit chair"))
        .anySatisfy(m -> assertThat(m).contains("senior non-executive"));
  }

  @Test
  void nonExecutiveRolesInPlace_satisfyGuidance() {
    assertThat(Rules.check(P + "icb-board-non-executive-roles", Northshire.sound().model())).isEmpty();
  }

  // REPORTED (NHS Providers, Capsticks): an ordinary member with mental health knowledge and experience.
  @Test
  void noOrdinaryMemberWithMentalHealthExpertise_isAWarning() {
    Northshire n = Northshire.sound();
    n.with(Appointment.builder().from(n.get("a-post-md", Appointment.class)).designations(List.of()).build());
    n.with(Appointment.builder().from(n.get("a-post-chair", Appointment.class))
        .addDesignations(Designation.MENTAL_HEALTH_EXPERTISE).build());

    assertThat(Rules.check(P + "icb-board-mental-health-expertise", n.model())).singleElement()
        .satisfies(f -> assertThat(f.basis().citation()).contains("REPORTED"));
  }

  @Test
  void ordinaryMemberWithMentalHealthExpertise_satisfiesGuidance() {
    assertThat(Rules.check(P + "icb-board-mental-health-expertise", Northshire.sound().model())).isEmpty();
  }

  // Working together at scale: every trust providing acute or mental health services is in a collaborative.
  @Test
  void trustOnceInAcuteCollaborativeButNowInNone_isAWarning() {
    Northshire n = Northshire.sound();
    n.withStructure(ProviderCollaborative.builder().from(n.get("structure:pc-n", ProviderCollaborative.class))
        .period(Northshire.SINCE.withEnd(Northshire.DATE.minusDays(1))).build());

    assertThat(Rules.check(P + "trust-in-provider-collaborative", n.model()))
        .extracting(Finding::subject).extracting(s -> s.id())
        .containsExactlyInAnyOrder("trust-acute", "trust-mh");
    assertThat(Rules.check(P + "trust-in-provider-collaborative", n.model()))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void trustNotKnownToProvideAcuteOrMentalHealthServices_isReportedForInformation() {
    Northshire n = Northshire.sound();
    n.org("trust-community", OrganisationKind.NHS_TRUST, "Northshire Community NHS Trust");
    n.body("forum-community", "Community services forum", BodyKind.ADVISORY_FORUM, null, null,
        TermsOfReference.builder().addProgrammes("Community services").build(), "icb-n", "trust-community");

    assertThat(Rules.check(P + "trust-in-provider-collaborative", n.model())).singleElement()
        .satisfies(f -> {
          assertThat(f.subject().id()).isEqualTo("trust-community");
          assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
  }

  @Test
  void trustDeclaredToProvideMentalHealthServices_inNoCollaborative_isAWarning() {
    Northshire n = Northshire.sound();
    n.org("trust-community", OrganisationKind.NHS_TRUST, "Northshire Community NHS Trust");
    n.body("forum-community", "Community services forum", BodyKind.ADVISORY_FORUM, null, null,
        TermsOfReference.builder().addProgrammes("Community services").build(), "icb-n", "trust-community");
    NhsEnglandGuidancePack pack = new NhsEnglandGuidancePack()
        .withAcuteOrMentalHealthTrusts(List.of("trust-community"));

    assertThat(Rules.check(pack, P + "trust-in-provider-collaborative", n.model())).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.WARNING);
  }

  // A trust of a neighbouring system, in the model only because its own board is chaired by the
  // ICB's chair, takes part in none of this system's arrangements and is not checked.
  @Test
  void trustOutsideTheSystem_isNotChecked() {
    Northshire n = Northshire.sound();
    n.org("trust-neighbour", OrganisationKind.NHS_FOUNDATION_TRUST, "Westshire Hospitals NHS Foundation Trust");
    n.body("board-neighbour", "Board of Westshire Hospitals", BodyKind.UNITARY_BOARD, null, null,
        TermsOfReference.builder().addProgrammes("Trust business").build(), "trust-neighbour");

    assertThat(Rules.check(P + "trust-in-provider-collaborative", n.model())).isEmpty();
  }

  // The same trust, with nothing recorded of its collaboratives, in a model that does not declare
  // its memberships complete: a gap, not a shortfall.
  @Test
  void trustInNoCollaborativeRecorded_isAGapInTheOpenWorld() {
    Northshire n = Northshire.sound().recordedInPart();
    n.org("trust-community", OrganisationKind.NHS_TRUST, "Northshire Community NHS Trust");
    n.body("forum-community", "Community services forum", BodyKind.ADVISORY_FORUM, null, null,
        TermsOfReference.builder().addProgrammes("Community services").build(), "icb-n", "trust-community");

    assertThat(Rules.check(P + "trust-in-provider-collaborative", n.model())).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.GAP);
          assertThat(f.message()).contains("is in no provider collaborative recorded");
        });
  }

  @Test
  void everyTrustInACollaborative_satisfiesGuidance() {
    assertThat(Rules.check(P + "trust-in-provider-collaborative", Northshire.sound().model())).isEmpty();
  }

  // Working together at scale: a provider collaborative is a partnership of at least two trusts.
  @Test
  void collaborativeOfOneTrustAndAVoluntaryOrganisation_isAWarning() {
    Northshire n = Northshire.sound();
    n.withStructure(ProviderCollaborative.builder().id("pc-mh").name("Mental health alliance")
        .type(CollaborativeType.MENTAL_HEALTH).orientation(CollaborativeOrientation.VERTICAL)
        .addMembers("trust-mh", "vcse-1").period(DateRange.from(Northshire.DATE.minusYears(1))).build());

    assertThat(Rules.check(P + "provider-collaborative-two-trusts", n.model())).singleElement()
        .satisfies(f -> {
          assertThat(f.subject().id()).isEqualTo("pc-mh");
          assertThat(f.evidence()).containsExactly("pc-mh", "trust-mh");
        });
  }

  @Test
  void collaborativeOfTwoTrusts_satisfiesGuidance() {
    assertThat(Rules.check(P + "provider-collaborative-two-trusts", Northshire.sound().model())).isEmpty();
  }

  /** NHS England's model constitution: executive and non-executive members are separate members of the board. */
  @Nested
  class NonExecutiveNotExecutive {
    private final IcsModel model = Scenarios.load("board-posts-held-together.yaml");

    @Test
    void nonExecutiveWhoIsAlsoDirectorOfFinance_isAWarning() {
      List<Finding> findings = Rules.check(P + "icb-board-non-executive-not-executive", model, Scenarios.TODAY);

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.basis().kind()).isEqualTo(BasisKind.GUIDANCE);
        assertThat(f.subject().id()).isEqualTo("ap-w-ned-2");
        assertThat(f.message()).contains("Cara Cole (cara)", "Director of Finance");
        assertThat(f.evidence()).containsExactly("ap-w-ned-2", "ap-w-dof");
      });
    }

    @Test
    void westmoorBoard_readAgainstTheModelConstitution() {
      java.util.function.Function<String, List<String>> west = rule -> Rules.check(P + rule, model, Scenarios.TODAY)
          .stream().filter(f -> f.subject().id().startsWith("w") || f.subject().id().startsWith("ap-w"))
          .map(f -> f.severity() + " " + f.message()).toList();

      assertThat(west.apply("icb-board-executive-directors")).hasSize(2)
          .allSatisfy(m -> assertThat(m).startsWith("WARNING")).anySatisfy(m -> assertThat(m).contains("medical director"))
          .anySatisfy(m -> assertThat(m).contains("director of nursing"));
      assertThat(west.apply("icb-board-non-executives")).isEmpty();
      assertThat(west.apply("icb-board-non-executive-roles")).singleElement().asString()
          .contains("senior non-executive member");
      assertThat(west.apply("icb-board-mental-health-expertise")).singleElement().asString().startsWith("WARNING");
    }

    @Test
    void deputyChairCarriedByANonExecutiveSeat_isNotReportedAsOutsideTheNonExecutives() {
      assertThat(Rules.check(P + "icb-board-non-executive-roles", model, Scenarios.TODAY))
          .noneMatch(f -> f.message().contains("which is not a non-executive seat"));
    }

    @Test
    void deputyChairDesignationOnAPartnerMemberSeat_isAWarning() {
      DateRange since = DateRange.from(java.time.LocalDate.of(2022, 7, 1));
      IcsModel withDeputy = model.toBuilder()
          .add(org.integratedcare.core.body.Post.builder().id("w-pm-la-2").body("west-board")
              .title("Partner Member (local authorities) 2")
              .role(org.integratedcare.core.body.PostRole.PARTNER_MEMBER_LOCAL_AUTHORITIES).period(since).build())
          .add(org.integratedcare.core.body.Person.builder().id("jo").name("Jo Jones").build())
          .add(Appointment.builder().id("ap-w-pm-la-2").post("w-pm-la-2").person("jo")
              .addDesignations(Designation.DEPUTY_CHAIR).period(since).build())
          .build();

      assertThat(Rules.check(P + "icb-board-non-executive-roles", withDeputy, Scenarios.TODAY))
          .filteredOn(f -> f.subject().id().equals("ap-w-pm-la-2")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("Jo Jones (jo) is recorded as deputy chair",
                "which is not a non-executive seat");
          });
    }
  }

  /**
   * An acting chair is not an appointment as chair (NHS England, Guidance on integrated care board
   * constitutions and governance; NHS Act 2006 Sch 1B para 5).
   */
  @Nested
  class ActingChair {
    private final IcsModel model = Scenarios.load("acting-and-interim-chairs.yaml");

    @Test
    void actingChair_isReportedForInformation_sayingThePostIsVacantAndSheIsTheDeputy() {
      assertThat(Rules.check(P + "icb-acting-chair", model, Scenarios.TODAY)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.subject().id()).isEqualTo("ap-n-acting-chair");
        assertThat(f.message()).contains("Cara Cole (cara) is recorded as acting chair of ICB NHS Northmoor ICB",
            "not an appointment as chair", "Sch 1B para 5", "the post is vacant", "Cara Cole (cara) is the deputy chair");
      });
    }

    @Test
    void beforeSheActed_thereIsNoActingChair() {
      assertThat(Rules.check(P + "icb-acting-chair", model, java.time.LocalDate.of(2025, 6, 1))).isEmpty();
    }
  }
}
