package dev.stork.sensor.sim;

/** How a simulated source hands out its samples. */
public enum Pacing {
    /** One sample per sample period of the wall clock, like a real board. */
    REAL_TIME,
    /** As fast as the listener takes them; timestamps still advance by one sample period each. */
    FAST
}
