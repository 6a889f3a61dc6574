/**
 * Reference data for England: NHS England, its seven regions and the integrated care boards from
 * 1 July 2022, with the changes of 1 April 2026, loadable on its own or merged into a user's model.
 *
 * <p>See {@link org.integratedcare.reference.EnglandReferenceData}. The data is a model file
 * shipped as a resource, so it can be corrected as data; each record cites its source and the
 * status that source supports (in force, guidance, bill, announced, reported, unconfirmed).
 *
 * <p>Unless a method says otherwise, parameters must not be null and returned values are never
 * null.
 */
@NullMarked
package org.integratedcare.reference;

import org.jspecify.annotations.NullMarked;
