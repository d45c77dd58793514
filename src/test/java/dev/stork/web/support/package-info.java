/** Shared fixtures of the dashboard tests: a real server over a simulated board. */
package dev.stork.web.support;
