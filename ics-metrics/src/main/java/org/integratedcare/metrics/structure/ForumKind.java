package org.integratedcare.metrics.structure;

/** The partnership forums whose inclusion is measured. */
public enum ForumKind {
  /** The body of an integrated care partnership (LGPIHA 2007 s.116ZA). */
  INTEGRATED_CARE_PARTNERSHIP,
  /** The partnership body of a place (NHS England and NHS Improvement with the Local Government Association, <i>Thriving places</i>, 2021). */
  PLACE_PARTNERSHIP,
  /** The body of a health and wellbeing board (HSCA 2012 s.194). */
  HEALTH_AND_WELLBEING_BOARD
}
