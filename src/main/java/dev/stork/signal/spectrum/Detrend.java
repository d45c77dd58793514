package dev.stork.signal.spectrum;

/** What is removed from each segment before windowing, as scipy's {@code detrend} argument. */
public enum Detrend {
    /** Nothing ({@code detrend=False}). */
    NONE,
    /** The segment mean ({@code 'constant'}, scipy's default). */
    CONSTANT,
    /** The least-squares straight line ({@code 'linear'}). */
    LINEAR
}
