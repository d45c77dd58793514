/** Shared fixtures of the command tests: a person typing at a command's terminal. */
package dev.stork.cli.support;
