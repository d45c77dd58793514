/** Test support shared by the test packages: reference-data locations and expected-value tables. */
package dev.stork.support;
