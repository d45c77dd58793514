/** Shared fixtures of the command tests: a person typing at a command's terminal, a real stork serve process. */
package dev.stork.cli.support;
