/** Test helpers for training and the store: a builder of trial outcomes. */
package dev.stork.training.support;
