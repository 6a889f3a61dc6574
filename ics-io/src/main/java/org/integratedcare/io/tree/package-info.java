/**
 * A small document tree and strict readers and writers for the JSON and YAML files of the model,
 * free of any data-binding library.
 *
 * <p>{@link org.integratedcare.io.tree.Node} and its subclasses hold a parsed document and record
 * where each value was read (line and column, 1-based). {@link
 * org.integratedcare.io.tree.JsonDocumentReader} and {@link
 * org.integratedcare.io.tree.YamlDocumentReader} parse UTF-8 bytes under {@link
 * org.integratedcare.io.tree.DocumentLimits} and report any failure as one {@link
 * org.integratedcare.io.tree.DocumentException.Problem} in plain English; {@link
 * org.integratedcare.io.tree.JsonDocumentWriter} and {@link
 * org.integratedcare.io.tree.YamlDocumentWriter} write a tree back as UTF-8 bytes.
 *
 * <p>Unless stated otherwise, parameters must not be {@code null} and methods throw {@link
 * java.lang.NullPointerException} if they are. Readers and writers are immutable and thread-safe;
 * trees are mutable and not thread-safe.
 */
@NullMarked
package org.integratedcare.io.tree;

import org.jspecify.annotations.NullMarked;
