/** The terminal commands ({@code analyze}, {@code simulate}, {@code demo}, ...); they read published state only. */
package dev.stork.cli;
