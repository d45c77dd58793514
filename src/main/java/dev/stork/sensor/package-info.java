/**
 * The sensor port: {@link dev.stork.sensor.SampleSource} and the sample holders it fills. Sources for each kind of
 * board live in sub-packages; only those sub-packages touch hardware libraries or device paths.
 */
package dev.stork.sensor;
