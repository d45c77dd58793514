/** Test support for live sessions: a simulated person who follows the session on an emulated serial plate. */
package dev.stork.board.support;
