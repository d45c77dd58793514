/**
 * Repetitions of a movement on a force plate (a hip hinge, a lateral lunge), counted live from the cycle of the
 * vertical load and the centre of pressure that each one makes: {@link dev.stork.signal.repetition.RepetitionCounter}.
 */
package dev.stork.signal.repetition;
