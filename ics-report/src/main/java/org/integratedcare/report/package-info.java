/**
 * Diagrams and reports of an integrated care system for people to read.
 *
 * <p>{@link org.integratedcare.report.Diagrams} draws a model's structure, delegations and
 * accountability chains on a date as a {@link org.integratedcare.report.Diagram}, which renders as
 * a Mermaid flowchart or a Graphviz DOT digraph. Rendered text never contains model ids or
 * unescaped user text: nodes get synthetic ids ({@code n1}, {@code n2}, …), labels are escaped with
 * Mermaid entity codes or DOT quoting, and nodes and edges are sorted so that the same model always
 * gives the same bytes.
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null. All types are immutable and thread-safe.
 */
@NullMarked
package org.integratedcare.report;

import org.jspecify.annotations.NullMarked;
