/**
 * Imports of the tables a governance team keeps (the scheme of reservation and delegation, the
 * register of interests, NHS England's ODS files of trusts, GP practices and primary care network
 * membership) into an {@link org.integratedcare.core.IcsModel}, and exports back to the same
 * layouts: start at {@link org.integratedcare.io.imports.Imports}.
 */
@NullMarked
package org.integratedcare.io.imports;

import org.jspecify.annotations.NullMarked;
