package org.integratedcare.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses on legislation.gov.uk for the statutes and statutory instruments the rules and models
 * cite, so that a report can link a basis such as "NHS Act 2006 s.14Z25" to the section it names.
 *
 * <p>Only the Acts and instruments listed here are linked; any other citation is left as text.
 * A section ({@code s.14Z25}) or schedule ({@code Schedule 1B}) written right after the Act's name
 * is linked to that section or schedule; otherwise the link is to the Act.
 */
final class LegislationLinks {
  private record Act(Pattern name, String address) {}

  private static final List<Act> ACTS = List.of(
      act("(?:NHS|National Health Service) Act 2006", "ukpga/2006/41"),
      act("Health and Care Act 2022", "ukpga/2022/31"),
      act("(?:Health and Social Care Act 2012|HSCA 2012)", "ukpga/2012/7"),
      act("(?:Local Government and Public Involvement in Health Act 2007|LGPIHA 2007)", "ukpga/2007/28"),
      act("Local Government Act 1972", "ukpga/1972/70"),
      act("S\\.?I\\.? 2022/642", "uksi/2022/642"),
      act("S\\.?I\\.? 2024/1205", "uksi/2024/1205"));

  private static final Pattern SECTION = Pattern.compile("\\G,?\\s+(?:s\\.|section\\s+)\\s*([0-9]+[A-Z0-9]*)");
  private static final Pattern SCHEDULE = Pattern.compile("\\G,?\\s+Sch(?:edule|\\.)\\s*([0-9]+[A-Z]*)");

  private LegislationLinks() {}

  private static Act act(String name, String address) {
    return new Act(Pattern.compile(name), "https://www.legislation.gov.uk/" + address);
  }

  /**
   * The legislation.gov.uk address of the first Act or instrument the text cites, down to the
   * section or schedule when one follows the name.
   *
   * @param citation the text of a citation, not null
   * @return the address, or empty if the text cites nothing listed
   */
  static Optional<String> of(String citation) {
    Act first = null;
    int at = Integer.MAX_VALUE;
    int end = 0;
    for (Act a : ACTS) {
      Matcher m = a.name().matcher(citation);
      if (m.find() && m.start() < at) {
        first = a;
        at = m.start();
        end = m.end();
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    Matcher section = SECTION.matcher(citation);
    if (section.find(end)) {
      return Optional.of(first.address() + "/section/" + section.group(1).toUpperCase(Locale.ROOT));
    }
    Matcher schedule = SCHEDULE.matcher(citation);
    if (schedule.find(end)) {
      return Optional.of(first.address() + "/schedule/" + schedule.group(1).toUpperCase(Locale.ROOT));
    }
    return Optional.of(first.address());
  }
}
