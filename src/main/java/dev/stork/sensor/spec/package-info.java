/**
 * Naming and finding boards: parses {@code --source} specs, opens the matching {@link dev.stork.sensor.SampleSource}
 * and lists the boards that this machine can see ({@code stork sources}).
 */
package dev.stork.sensor.spec;
