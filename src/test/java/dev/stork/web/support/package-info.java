/** Shared fixtures of the dashboard tests: a real server over a board, headless Chromium, the wizard's page. */
package dev.stork.web.support;
