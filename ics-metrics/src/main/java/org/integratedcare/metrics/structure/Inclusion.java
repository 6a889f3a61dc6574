package org.integratedcare.metrics.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.body.PostRole;
import org.integratedcare.core.organisation.Sector;
import org.integratedcare.core.structure.HealthAndWellbeingBoard;
import org.integratedcare.core.structure.Icp;
import org.integratedcare.core.structure.Place;

/**
 * Inclusion: for each partnership forum and overall, which sectors have a voting seat or a speaking
 * (non-voting) seat. Niall Dickson (NHS Confederation, <i>Delivering change requires strong
 * leadership and political support</i>, Healthcare Leader) warns against systems that
 * collaborate only with statutory bodies, leaving voluntary, community and independent providers out
 * of local conversations.
 *
 * <p><b>Forums.</b> The bodies in force of: integrated care partnerships ({@link Icp#body()}),
 * place partnerships ({@link Place#partnershipBody()}) and health and wellbeing boards ({@link
 * HealthAndWellbeingBoard#body()}), whose structures are in force. A structure in force that names
 * no body in force is listed in {@link #structuresWithoutBody()}: its membership cannot be read.
 *
 * <p><b>Seats.</b> Each appointment in force to a post in force of a forum body is a seat held; it
 * is a voting seat if the post {@linkplain Post#voting() votes}. A post's seats not filled by an
 * appointment in force are vacancies, and count for no sector.
 *
 * <p><b>Sector of a seat</b>, first rule that applies:
 * <ol>
 *   <li>the sectors of the organisations that {@linkplain Appointment#nominatedBy() nominated} the
 *       appointee (a seat nominated jointly by an NHS trust and a council counts for both);
 *   <li>the sector the post's {@linkplain PostRole role} implies: Healthwatch representative, public
 *       and patient voice; VCSE representative, VCSE; councillor, directors of adult social services,
 *       children's services and public health, local-authority appointee and local-authority partner
 *       member, local government; ICB representative and trust or primary-medical-services partner
 *       members, NHS (HSCA 2012 s.194(2); LGPIHA 2007 s.116ZA(2); NHS Act 2006 Sch 1B);
 *   <li>the sector of the organisation that {@linkplain Appointment#appointedBy() appointed} the
 *       appointee;
 *   <li>otherwise unattributed.
 * </ol>
 * The role comes before the appointing organisation because an ICP or a council often appoints
 * members who speak for other sectors. An organisation's sector follows its kind on the date
 * ({@link org.integratedcare.core.organisation.OrganisationKind#sector()}).
 *
 * <p><b>Categories.</b> The five inclusion {@link #CATEGORIES} are NHS, local government, VCSE,
 * independent, and public and patient voice ({@link Sector#PUBLIC}). Seats of other sectors
 * (central government, regulators) are reported but no category is missing for want of them.
 *
 * <p>Cost: one pass over the forums' posts and appointments.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param forums each forum's inclusion, in the order ICPs, places, health and wellbeing boards
 * @param votingSectors sectors with a voting seat on at least one forum
 * @param speakingOnlySectors sectors with a seat somewhere but a voting seat nowhere
 * @param missingCategories categories with no seat on any forum
 * @param forumsWithVotingSeat for each sector, on how many forums it has a voting seat
 * @param forumsWithAnySeat for each sector, on how many forums it has any seat
 * @param structuresWithoutBody ids of partnership structures in force with no forum body in force
 */
public record Inclusion(
    List<ForumInclusion> forums,
    List<Sector> votingSectors,
    List<Sector> speakingOnlySectors,
    List<Sector> missingCategories,
    Map<Sector, Integer> forumsWithVotingSeat,
    Map<Sector, Integer> forumsWithAnySeat,
    List<String> structuresWithoutBody) {

  /** The five inclusion categories: NHS, local government, VCSE, independent, public and patient voice. */
  public static final List<Sector> CATEGORIES =
      List.of(Sector.NHS, Sector.LOCAL_GOVERNMENT, Sector.VCSE, Sector.INDEPENDENT, Sector.PUBLIC);

  /**
   * Checks and copies the value.
   *
   * @throws NullPointerException if any argument is null
   */
  public Inclusion {
    forums = List.copyOf(forums);
    votingSectors = List.copyOf(votingSectors);
    speakingOnlySectors = List.copyOf(speakingOnlySectors);
    missingCategories = List.copyOf(missingCategories);
    forumsWithVotingSeat = java.util.Collections.unmodifiableMap(new EnumMap<>(forumsWithVotingSeat));
    forumsWithAnySeat = java.util.Collections.unmodifiableMap(new EnumMap<>(forumsWithAnySeat));
    structuresWithoutBody = List.copyOf(structuresWithoutBody);
  }

  /** The sector a post's role implies, if it implies one (rule 2 above). */
  public static Optional<Sector> sectorOfRole(PostRole role) {
    return switch (role) {
      case HEALTHWATCH_REPRESENTATIVE -> Optional.of(Sector.PUBLIC);
      case VCSE_REPRESENTATIVE -> Optional.of(Sector.VCSE);
      case COUNCILLOR, DIRECTOR_OF_ADULT_SOCIAL_SERVICES, DIRECTOR_OF_CHILDRENS_SERVICES,
          DIRECTOR_OF_PUBLIC_HEALTH, LOCAL_AUTHORITY_APPOINTEE, PARTNER_MEMBER_LOCAL_AUTHORITIES ->
          Optional.of(Sector.LOCAL_GOVERNMENT);
      case ICB_REPRESENTATIVE, PARTNER_MEMBER_TRUSTS, PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES ->
          Optional.of(Sector.NHS);
      case CHAIR, CHIEF_EXECUTIVE, NON_EXECUTIVE, DIRECTOR_OF_FINANCE, MEDICAL_DIRECTOR,
          DIRECTOR_OF_NURSING, EXECUTIVE_DIRECTOR, LAY_MEMBER, PROVIDER_REPRESENTATIVE, PLACE_MEMBER,
          GOVERNOR, OBSERVER, MEMBER -> Optional.empty();
    };
  }

  /**
   * Measures inclusion on the view's date.
   *
   * @param view the model on a date, not null
   * @return the measure
   */
  public static Inclusion of(ModelView view) {
    Objects.requireNonNull(view, "view");
    Map<String, ForumInclusion> forums = new LinkedHashMap<>();
    List<String> withoutBody = new ArrayList<>();
    for (Icp icp : view.structures(Icp.class)) {
      addForum(view, icp.id(), icp.body(), ForumKind.INTEGRATED_CARE_PARTNERSHIP, forums, withoutBody);
    }
    for (Place place : view.structures(Place.class)) {
      addForum(view, place.id(), place.partnershipBody(), ForumKind.PLACE_PARTNERSHIP, forums, withoutBody);
    }
    for (HealthAndWellbeingBoard h : view.structures(HealthAndWellbeingBoard.class)) {
      addForum(view, h.id(), h.body(), ForumKind.HEALTH_AND_WELLBEING_BOARD, forums, withoutBody);
    }
    Map<Sector, Integer> voting = zeros();
    Map<Sector, Integer> any = zeros();
    for (ForumInclusion f : forums.values()) {
      f.votingSectors().forEach(s -> voting.merge(s, 1, Integer::sum));
      f.votingSectors().forEach(s -> any.merge(s, 1, Integer::sum));
      f.speakingOnlySectors().forEach(s -> any.merge(s, 1, Integer::sum));
    }
    List<Sector> votingAnywhere = new ArrayList<>();
    List<Sector> speakingOnly = new ArrayList<>();
    for (Sector s : Sector.values()) {
      if (voting.get(s) > 0) {
        votingAnywhere.add(s);
      } else if (any.get(s) > 0) {
        speakingOnly.add(s);
      }
    }
    List<Sector> missing = CATEGORIES.stream().filter(s -> any.get(s) == 0).toList();
    return new Inclusion(new ArrayList<>(forums.values()), votingAnywhere, speakingOnly, missing, voting, any,
        withoutBody);
  }

  private static Map<Sector, Integer> zeros() {
    Map<Sector, Integer> m = new EnumMap<>(Sector.class);
    for (Sector s : Sector.values()) {
      m.put(s, 0);
    }
    return m;
  }

  private static void addForum(ModelView view, String structureId, Optional<String> bodyId, ForumKind kind,
      Map<String, ForumInclusion> forums, List<String> withoutBody) {
    Optional<Body> body = bodyId.flatMap(view::body);
    if (body.isEmpty()) {
      withoutBody.add(structureId);
      return;
    }
    if (forums.containsKey(body.get().id())) {
      return;
    }
    forums.put(body.get().id(), forum(view, body.get(), kind, structureId));
  }

  static ForumInclusion forum(ModelView view, Body body, ForumKind kind, String structureId) {
    Set<Sector> voting = EnumSet.noneOf(Sector.class);
    Set<Sector> speaking = EnumSet.noneOf(Sector.class);
    List<Seat> seats = new ArrayList<>();
    int vacancies = 0;
    int unattributed = 0;
    for (Post post : view.postsOf(body.id())) {
      List<Appointment> held = view.appointmentsTo(post.id());
      vacancies += Math.max(0, post.seats() - held.size());
      for (Appointment a : held) {
        Seat seat = seat(view, post, a);
        seats.add(seat);
        if (seat.basis() == Seat.SectorBasis.UNATTRIBUTED) {
          unattributed++;
        }
        (post.voting() ? voting : speaking).addAll(seat.sectors());
      }
    }
    speaking.removeAll(voting);
    List<Sector> missing = CATEGORIES.stream().filter(s -> !voting.contains(s) && !speaking.contains(s)).toList();
    return new ForumInclusion(body.id(), body.name(), kind, structureId, new ArrayList<>(voting),
        new ArrayList<>(speaking), missing, seats.size(), vacancies, unattributed, seats);
  }

  private static Seat seat(ModelView view, Post post, Appointment a) {
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (String org : a.nominatedBy()) {
      DelegationRoutes.sectorOf(view, org).ifPresent(sectors::add);
    }
    Seat.SectorBasis basis;
    if (!sectors.isEmpty()) {
      basis = Seat.SectorBasis.NOMINATING_ORGANISATIONS;
    } else if (sectorOfRole(post.role()).isPresent()) {
      sectors.add(sectorOfRole(post.role()).get());
      basis = Seat.SectorBasis.POST_ROLE;
    } else if (a.appointedBy().flatMap(o -> DelegationRoutes.sectorOf(view, o)).isPresent()) {
      sectors.add(a.appointedBy().flatMap(o -> DelegationRoutes.sectorOf(view, o)).get());
      basis = Seat.SectorBasis.APPOINTING_ORGANISATION;
    } else {
      basis = Seat.SectorBasis.UNATTRIBUTED;
    }
    return new Seat(post.id(), post.title(), a.id(), a.person(), post.voting(), new ArrayList<>(sectors), basis);
  }
}
