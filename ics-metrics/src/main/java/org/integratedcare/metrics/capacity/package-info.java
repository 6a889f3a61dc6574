/**
 * Whole-system capacity: a care pathway as a network of stages with capacities, its maximum
 * throughput, its binding bottleneck (a minimum cut) and what-if questions about adding capacity.
 *
 * <p>Peter Allanson (<i>Whose system is it anyway?</i>, Good Governance Institute, 2020) cites Braess's
 * paradox as a warning that increasing resources in one part of a system may create bottlenecks
 * elsewhere unless the whole is considered. This package answers the part of that warning that
 * exact flow algorithms can answer: where the binding constraint is, and whether added capacity
 * raises throughput or only moves the constraint. It does not exhibit Braess's paradox itself:
 * in a flow network, raising a capacity never lowers the maximum flow (every feasible flow stays
 * feasible). Braess's paradox concerns routes chosen selfishly under congestion-dependent delays,
 * which this model does not represent.
 *
 * <p>All types are immutable and thread-safe. Parameters must not be null unless stated.
 */
@NullMarked
package org.integratedcare.metrics.capacity;

import org.jspecify.annotations.NullMarked;
