/**
 * Recording files: readers for the public balance data sets (BDS, PDS), AMTI force-plate exports, smartphone IMU
 * CSVs and Stork's own CSV, and the writer of Stork's CSV. See {@code docs/formats.md}.
 */
package dev.stork.sensor.file;
