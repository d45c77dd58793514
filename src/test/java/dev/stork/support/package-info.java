/**
 * Test support shared by the test packages: reference-data locations, expected-value tables, allocation metering and
 * waiting on conditions in real-time tests.
 */
package dev.stork.support;
