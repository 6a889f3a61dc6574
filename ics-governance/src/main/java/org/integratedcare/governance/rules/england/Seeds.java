package org.integratedcare.governance.rules.england;

/** Citations of the seed articles the good-practice rules rest on. */
final class Seeds {
  static final String TAYLOR = "Matthew Taylor, \"Why the success of ICSs may not be measured by "
      + "their survival\", NHS Confederation (NHS Voices), 30 March 2022 [seeds/000_942d14d900b4504c]";
  static final String WEST = "Michael West, \"The unenviable challenge facing Integrated Care System "
      + "leaders in the NHS\" [seeds/001_3ff60e1a7ad38468]";
  static final String DICKSON = "Niall Dickson, NHS Confederation, on the first integrated care "
      + "systems [seeds/003_598b550545b7e54e]";
  static final String ALLANSON = "Peter Allanson, \"Whose system is it anyway?\", Good Governance "
      + "Institute, 6 November 2020 [seeds/004_bf3350aa2626f159]";

  private Seeds() {}
}
