package dev.stork.signal.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WobbleBoardTiltTest {
    /** Round-off through a quaternion product, a rotation and atan2. */
    private static final double TOL_RAD = 1e-12;

    /** The IMU sits 10° off level about a horizontal axis between the board's x and y. */
    private static final Quaternion MOUNT = Quaternion.fromAxisAngle(1, 1, 0, Math.toRadians(10)).conjugate();

    private static WobbleBoardTilt levelledOn(Quaternion mount) {
        WobbleBoardTilt tilt = new WobbleBoardTilt();
        tilt.setLevel(mount.w(), mount.x(), mount.y(), mount.z());
        return tilt;
    }

    private static void tiltBoard(WobbleBoardTilt tilt, Quaternion board, Quaternion mount) {
        // sensor → earth = board → earth after sensor → board
        Quaternion sensor = board.multiply(mount);
        tilt.update(sensor.w(), sensor.x(), sensor.y(), sensor.z());
    }

    @Test
    void levelBoardReadsZero() {
        WobbleBoardTilt tilt = levelledOn(MOUNT);
        tiltBoard(tilt, Quaternion.IDENTITY, MOUNT);
        assertEquals(0, tilt.tiltRad(), TOL_RAD);
        assertEquals(0, tilt.tiltMlRad(), TOL_RAD);
        assertEquals(0, tilt.tiltApRad(), TOL_RAD);
        assertEquals(0, tilt.directionRad(), TOL_RAD);
    }

    @Test
    void rightEdgeDownIsPositiveMlTilt() {
        WobbleBoardTilt tilt = levelledOn(MOUNT);
        double angle = Math.toRadians(7);
        // about the board's AP (y) axis, z turning towards x: the right edge drops
        tiltBoard(tilt, Quaternion.fromAxisAngle(0, 1, 0, angle), MOUNT);
        assertEquals(angle, tilt.tiltRad(), TOL_RAD);
        assertEquals(angle, tilt.tiltMlRad(), TOL_RAD);
        assertEquals(0, tilt.tiltApRad(), TOL_RAD);
        assertEquals(0, tilt.directionRad(), 1e-10);
    }

    @Test
    void frontEdgeDownIsPositiveApTilt() {
        WobbleBoardTilt tilt = levelledOn(MOUNT);
        double angle = Math.toRadians(5);
        tiltBoard(tilt, Quaternion.fromAxisAngle(1, 0, 0, -angle), MOUNT);
        assertEquals(angle, tilt.tiltRad(), TOL_RAD);
        assertEquals(0, tilt.tiltMlRad(), TOL_RAD);
        assertEquals(angle, tilt.tiltApRad(), TOL_RAD);
        assertEquals(Math.PI / 2, tilt.directionRad(), 1e-10);
    }

    @Test
    void diagonalTiltSplitsIntoProjectedAngles() {
        WobbleBoardTilt tilt = levelledOn(MOUNT);
        double angle = Math.toRadians(12);
        // left edge and front edge down together: descent towards front-left
        tiltBoard(tilt, Quaternion.fromAxisAngle(-1, -1, 0, angle), MOUNT);
        double projected = Math.atan(Math.tan(angle) / Math.sqrt(2));
        assertEquals(angle, tilt.tiltRad(), TOL_RAD);
        assertEquals(-projected, tilt.tiltMlRad(), TOL_RAD);
        assertEquals(projected, tilt.tiltApRad(), TOL_RAD);
        assertEquals(3 * Math.PI / 4, tilt.directionRad(), 1e-10);
    }

    @Test
    void upsideDownMountKeepsXAsTheMlAxis() {
        Quaternion mount = Quaternion.fromAxisAngle(1, 0, 0, Math.PI);
        WobbleBoardTilt tilt = levelledOn(mount);
        double angle = Math.toRadians(4);
        tiltBoard(tilt, Quaternion.fromAxisAngle(0, 1, 0, angle), mount);
        assertEquals(angle, tilt.tiltMlRad(), TOL_RAD);
        assertEquals(0, tilt.tiltApRad(), TOL_RAD);
    }

    @Test
    void accelerometerAtRestGivesTheSameTiltAsTheOrientation() {
        WobbleBoardTilt fromOrientation = levelledOn(MOUNT);
        WobbleBoardTilt fromAccel = new WobbleBoardTilt();
        double[] up = new double[3];
        Quaternion.earthUpInSensor(MOUNT.w(), MOUNT.x(), MOUNT.y(), MOUNT.z(), up, 0);
        fromAccel.setLevel(9.81 * up[0], 9.81 * up[1], 9.81 * up[2]);
        Quaternion sensor = Quaternion.fromAxisAngle(0.3, -1, 0, 0.2).multiply(MOUNT);
        Quaternion.earthUpInSensor(sensor.w(), sensor.x(), sensor.y(), sensor.z(), up, 0);
        fromOrientation.update(sensor.w(), sensor.x(), sensor.y(), sensor.z());
        fromAccel.updateFromUp(9.81 * up[0], 9.81 * up[1], 9.81 * up[2]);
        assertEquals(fromOrientation.tiltMlRad(), fromAccel.tiltMlRad(), TOL_RAD);
        assertEquals(fromOrientation.tiltApRad(), fromAccel.tiltApRad(), TOL_RAD);
    }

    @Test
    void levelWithoutDirectionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WobbleBoardTilt().setLevel(0, 0, 0));
    }
}
