/**
 * Model files: reading and writing a whole {@link org.integratedcare.core.IcsModel} as YAML or
 * JSON.
 *
 * <p>{@link org.integratedcare.io.ModelFiles} is the entry point; {@link
 * org.integratedcare.io.ModelReader} reads under {@link org.integratedcare.io.ReadLimits}
 * of your choosing; {@link org.integratedcare.io.ModelFormat} names the two syntaxes. The
 * format is described in {@code docs/model-format.md} and by the JSON Schema resource {@value
 * org.integratedcare.io.ModelFiles#SCHEMA_RESOURCE}.
 *
 * <p>Unless a method says otherwise, parameters must not be null.
 */
@NullMarked
package org.integratedcare.io;

import org.jspecify.annotations.NullMarked;
