package org.integratedcare.governance.rules.england;

/**
 * Citations of the published articles the good-practice rules rest on: author, title, publisher
 * and date or address, so that a reader can find each one.
 */
final class Seeds {
  static final String TAYLOR = "Matthew Taylor, \"Why the success of ICSs may not be measured by "
      + "their survival\", NHS Confederation (NHS Voices blog), 30 March 2022";
  static final String WEST = "Michael West, \"The unenviable challenge facing Integrated Care System "
      + "leaders in the NHS\", PA Consulting, https://www.paconsulting.com/insights/"
      + "the-unenviable-challenge-facing-integrated-care-system-leaders-in-the-nhs/";
  static final String DICKSON = "Niall Dickson (NHS Confederation), \"Delivering change requires strong "
      + "leadership and political support\", Healthcare Leader, https://healthcareleadernews.com/views/"
      + "blogs/delivering-change-requires-strong-leadership-and-political-support/";
  static final String ALLANSON = "Peter Allanson, \"Whose system is it anyway?\", Good Governance "
      + "Institute, 6 November 2020";

  private Seeds() {}
}
