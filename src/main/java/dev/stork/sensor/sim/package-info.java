/**
 * A simulated person on a board, for demos, tests and recordings with a known answer: a seeded sway model on a
 * four-cell plate ({@link dev.stork.sensor.sim.SimulatedPlateSource}) or an IMU wobble board
 * ({@link dev.stork.sensor.sim.SimulatedWobbleBoardSource}), driven by a {@link dev.stork.sensor.sim.SessionScript}
 * and knowing its {@link dev.stork.sensor.sim.GroundTruth}; and {@link dev.stork.sensor.sim.ReplaySource}, which
 * plays a recording back through the same {@link dev.stork.sensor.SampleListener}.
 */
package dev.stork.sensor.sim;
