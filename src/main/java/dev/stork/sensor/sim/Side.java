package dev.stork.sensor.sim;

/** A side of the body, as the simulated person sees it. */
public enum Side {
    LEFT,
    RIGHT;

    /** The other side. */
    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
