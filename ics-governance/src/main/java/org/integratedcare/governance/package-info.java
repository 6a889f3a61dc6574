/**
 * Decision authority, accountability chains and governance rules over an {@link
 * org.integratedcare.core.IcsModel}.
 */
package org.integratedcare.governance;
