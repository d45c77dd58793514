/**
 * The terminal commands ({@code analyze}, {@code simulate}, {@code demo}, {@code calibrate}, ...); they read published
 * state only, or, like {@code calibrate}, render a step machine of a lower layer.
 */
package dev.stork.cli;
