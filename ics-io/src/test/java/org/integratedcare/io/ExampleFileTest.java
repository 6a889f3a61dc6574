package org.integratedcare.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.accountability.AccountabilityDirection;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Designation;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.DelegationInstrument;
import org.integratedcare.core.mechanism.ContractType;
import org.integratedcare.core.mechanism.ContractualArrangement;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.mechanism.MechanismKind;
import org.integratedcare.core.meeting.AttendanceKind;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.organisation.OrganisationKind;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.ProviderCollaborative;
import org.integratedcare.core.structure.Structure;
import org.integratedcare.core.structure.StructureKind;
import org.junit.jupiter.api.Test;

/**
 * The bundled example loads and uses every concept of the model in a governance-realistic way: a
 * domain expert can read each assertion against the statute or guidance it cites.
 */
class ExampleFileTest {
  static final Path EXAMPLE = Path.of("..", "examples", "exampleshire-ics.yaml");
  private static final IcsModel MODEL = ModelFiles.read(EXAMPLE);
  private static final ModelView JUNE_2025 = MODEL.on(LocalDate.of(2025, 6, 1));

  @Test
  void example_isNamedAsIllustrative() {
    assertThat(MODEL.name()).contains("Exampleshire integrated care system (illustrative)");
  }

  @Test
  void example_usesEveryStructureAndMechanismKind() {
    assertThat(MODEL.structures().stream().map(Structure::structureKind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(StructureKind.class));
    assertThat(MODEL.mechanisms().stream().map(Mechanism::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(MechanismKind.class));
  }

  @Test
  void icbBoard_hasTheScheduleOneBAndModelConstitutionSeats() {
    // NHS Act 2006 Sch 1B para 3 and 8(2) (https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B); NHS England,
    // Guidance on integrated care board constitutions and governance
    List<PostRole> roles = JUNE_2025.postsOf("icb-board").stream().map(Post::role).toList();
    assertThat(roles).contains(PostRole.CHAIR, PostRole.CHIEF_EXECUTIVE, PostRole.PARTNER_MEMBER_TRUSTS,
        PostRole.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES, PostRole.PARTNER_MEMBER_LOCAL_AUTHORITIES,
        PostRole.DIRECTOR_OF_FINANCE, PostRole.MEDICAL_DIRECTOR, PostRole.DIRECTOR_OF_NURSING);
    assertThat(roles.stream().filter(r -> r == PostRole.NON_EXECUTIVE)).hasSize(2);
    List<Appointment> onBoard = JUNE_2025.appointmentsOn("icb-board");
    assertThat(onBoard).anySatisfy(a -> assertThat(a.designations()).contains(Designation.MENTAL_HEALTH_EXPERTISE));
  }

  @Test
  void chairAndChiefExecutive_areAppointedAsScheduleOneBRequires() {
    // Sch 1B para 5: chair appointed by NHS England with the Secretary of State's approval;
    // para 7: chief executive appointed with NHS England's approval and employed by the ICB
    Appointment chair = MODEL.appointmentsTo("post-icb-chair").get(0);
    assertThat(chair.appointedBy()).contains("nhs-england");
    assertThat(chair.approvedBy()).contains("secretary-of-state");
    Appointment ceo = MODEL.appointmentsTo("post-icb-ceo").get(0);
    assertThat(ceo.approvedBy()).contains("nhs-england");
    assertThat(MODEL.person(ceo.person()).orElseThrow().isEmployedBy("exampleshire-icb", LocalDate.of(2025, 6, 1)))
        .isTrue();
  }

  @Test
  void localAuthorityPartnerMember_isServingBeyondTerm() {
    assertThat(MODEL.appointmentsTo("post-icb-partner-local-authorities").get(0)
        .isServingBeyondTerm(LocalDate.of(2025, 5, 14))).isTrue();
  }

  @Test
  void icp_isAJointCommitteeOfTheIcbAndEachResponsibleAuthority() {
    // LGPIHA 2007 s.116ZA(1)-(2)
    Icp icp = MODEL.structures(Icp.class).get(0);
    assertThat(icp.responsibleLocalAuthorities()).allSatisfy(la -> assertThat(
        MODEL.organisation(la).orElseThrow().kind().hasSocialCareResponsibilities()).isTrue());
    assertThat(MODEL.body(icp.body().orElseThrow()).orElseThrow().organisations())
        .contains(icp.icb()).containsAll(icp.responsibleLocalAuthorities());
  }

  @Test
  void providerCollaboratives_useALeadProviderContractAndAJointCommittee() {
    List<ProviderCollaborative> collaboratives = MODEL.structures(ProviderCollaborative.class);
    assertThat(collaboratives).hasSize(2);
    Mechanism mh = MODEL.find("ca-mental-health-lead-provider", Mechanism.class).orElseThrow();
    assertThat(((ContractualArrangement) mh).contractType()).isEqualTo(ContractType.LEAD_PROVIDER);
    assertThat(MODEL.find("jc-acute-collaborative", Mechanism.class).orElseThrow().kind())
        .isEqualTo(MechanismKind.JOINT_COMMITTEE);
  }

  @Test
  void delegations_coverS65z5_theSchemeOfDelegation_andOnwardDelegationBothWays() {
    // s.65Z5 from NHS England (NHS Act 2006 s.65Z5; NHS England's primary care delegation); scheme of delegation
    // with a financial limit; onward delegation an explicit property (neither statute nor guidance gives a default)
    List<Delegation> all = MODEL.delegations();
    assertThat(all).anySatisfy(d -> {
      assertThat(d.delegator()).isEqualTo("nhs-england");
      assertThat(d.instrument()).isEqualTo(DelegationInstrument.S65Z5_DELEGATION);
      assertThat(d.functions()).contains("fn-nhse-primary-medical-services");
    });
    assertThat(all).anySatisfy(d -> {
      assertThat(d.instrument()).isEqualTo(DelegationInstrument.SCHEME_OF_DELEGATION);
      assertThat(d.financialLimit()).isPresent();
    });
    assertThat(all).extracting(Delegation::onwardDelegationAllowed)
        .contains(java.util.Optional.of(true), java.util.Optional.of(false));
    assertThat(MODEL.function("fn-nhse-icb-performance-assessment").orElseThrow().delegable()).isFalse();
  }

  @Test
  void accountability_runsInAllThreeDirections_upToParliamentAndTheElectorate() {
    Set<AccountabilityDirection> directions = MODEL.accountabilityLinks().stream()
        .map(AccountabilityLink::direction).collect(Collectors.toSet());
    assertThat(directions).containsExactlyInAnyOrder(AccountabilityDirection.values());
    Set<OrganisationKind> holders = MODEL.accountabilityLinks().stream()
        .map(l -> MODEL.organisation(l.holder())).filter(java.util.Optional::isPresent)
        .map(o -> o.get().kind()).collect(Collectors.toSet());
    assertThat(holders).contains(OrganisationKind.ELECTORATE, OrganisationKind.FOUNDATION_TRUST_MEMBERS);
    // the lines to NHS England, the Secretary of State and Parliament are implied by statute from
    // the organisations' kinds (the governance module's StatutoryLinks), not typed
    assertThat(MODEL.impliedByStatute()).isTrue();
    assertThat(MODEL.organisations()).extracting(o -> o.kind()).contains(OrganisationKind.NHS_ENGLAND,
        OrganisationKind.SECRETARY_OF_STATE, OrganisationKind.PARLIAMENT);
  }

  @Test
  void boardMeeting_recordsAttendanceDeclarationsAndVotes() {
    Meeting board = MODEL.meetingsOf("icb-board").get(0);
    assertThat(board.attendance()).extracting(a -> a.kind()).contains(AttendanceKind.PRESENT,
        AttendanceKind.VIRTUAL, AttendanceKind.APOLOGIES, AttendanceKind.IN_ATTENDANCE);
    assertThat(board.items()).anySatisfy(i -> {
      assertThat(i.declarations()).isNotEmpty();
      assertThat(i.decision()).hasValueSatisfying(d -> assertThat(d.votesFor()).isGreaterThan(d.votesAgainst()));
    });
    assertThat(MODEL.meetingsOf("icp-committee").get(0).attendance()).extracting(a -> a.kind())
        .contains(AttendanceKind.SUBSTITUTE);
  }
}
