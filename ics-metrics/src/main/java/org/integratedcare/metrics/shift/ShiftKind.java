package org.integratedcare.metrics.shift;

/**
 * The shifts an integrated care system may be asked to make, and the measure each is usually read
 * from. The measure is a suggestion: the user decides what series to supply.
 */
public enum ShiftKind {
  /** Triple shift (Matthew Taylor, NHS Confederation, 2022): from incentivising activity to incentivising outcomes; read as the outcome-based share of payments. */
  ACTIVITY_TO_OUTCOMES(Programme.TRIPLE_SHIFT, "outcome-based share of payments"),
  /** Triple shift: from meeting demand to addressing need; read as the needs-based share of allocation. */
  DEMAND_TO_NEED(Programme.TRIPLE_SHIFT, "needs-based share of allocation"),
  /** Triple shift: resources upstream from acute to community-based care, primary care and public health; read as their share of spend. */
  ACUTE_TO_COMMUNITY(Programme.TRIPLE_SHIFT, "community, primary care and public health share of spend"),
  /** 10 Year Health Plan: hospital to community. */
  HOSPITAL_TO_COMMUNITY(Programme.TEN_YEAR_HEALTH_PLAN, "community share of activity or spend"),
  /** 10 Year Health Plan: analogue to digital. */
  ANALOGUE_TO_DIGITAL(Programme.TEN_YEAR_HEALTH_PLAN, "digital share of contacts or services"),
  /** 10 Year Health Plan: sickness (treatment) to prevention. */
  SICKNESS_TO_PREVENTION(Programme.TEN_YEAR_HEALTH_PLAN, "prevention share of spend"),
  /** Any other shift the user tracks. */
  OTHER(Programme.OTHER, "as the user defines");

  /** Where a shift comes from. */
  public enum Programme {
    /** The triple shift of Matthew Taylor, <i>Why the success of ICSs may not be measured by their survival</i> (NHS Confederation, 30 March 2022). */
    TRIPLE_SHIFT,
    /** The three shifts of the 10 Year Health Plan, <i>Fit for the future</i>, 3 July 2025 (announced policy). */
    TEN_YEAR_HEALTH_PLAN,
    /** Defined by the user. */
    OTHER
  }

  private final Programme programme;
  private final String usualMeasure;

  ShiftKind(Programme programme, String usualMeasure) {
    this.programme = programme;
    this.usualMeasure = usualMeasure;
  }

  /** The programme the shift belongs to. */
  public Programme programme() {
    return programme;
  }

  /** The measure the shift is usually read from, in words. */
  public String usualMeasure() {
    return usualMeasure;
  }
}
