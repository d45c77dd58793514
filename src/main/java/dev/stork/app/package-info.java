/** Wiring and configuration: builds the pipeline from the command line and starts it. */
package dev.stork.app;
