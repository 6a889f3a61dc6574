/** Measures of how well an integrated care system works. */
package org.integratedcare.metrics;
