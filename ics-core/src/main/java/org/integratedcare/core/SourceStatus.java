package org.integratedcare.core;

/**
 * How firmly a source establishes a fact: in force, guidance, bill, announced, reported or
 * unconfirmed.
 */
public enum SourceStatus {
  /** Statute or regulation in force, or guidance currently applied. */
  IN_FORCE,
  /** NHS England or DHSC guidance or policy, not statute. */
  GUIDANCE,
  /** In a bill before Parliament; not law. */
  BILL,
  /** A policy announcement only. */
  ANNOUNCED,
  /** Reported by a secondary source and not checked against a primary one. */
  REPORTED,
  /** Not confirmed by the sources consulted; a lead only. */
  UNCONFIRMED
}
