package dev.stork.signal.stance;

/**
 * Where the person's two feet stand on the plate, medio-lateral, as the detector has come to know them. On two
 * legs the COP lies between the feet at the point that splits the load, so a foot's share of the load is the COP's
 * position between them; on one leg the COP lies under the stance foot. Until a foot has been seen alone (the
 * first foot while stepping on, the stance foot of a hold) its place is estimated as the mirror of the other
 * about the two-leg COP, or a default half stance each side of it. Everything is the person's own stance, so the
 * detector's thresholds are shares of the load, never fixed distances. Single-threaded; allocates nothing.
 */
final class FeetOnPlate {
    private final double defaultHalfStanceM;
    private double leftM;
    private double rightM;
    private boolean leftSeen;
    private boolean rightSeen;

    FeetOnPlate(double defaultHalfStanceM) {
        this.defaultHalfStanceM = defaultHalfStanceM;
    }

    void forget() {
        leftSeen = false;
        rightSeen = false;
        leftM = -defaultHalfStanceM;
        rightM = defaultHalfStanceM;
    }

    /** The person stands on two legs with the COP at {@code twoLegMlM}: place the feet not yet seen around it. */
    void standingAt(double twoLegMlM) {
        if (leftSeen && rightSeen) {
            return;
        }
        if (leftSeen) {
            rightM = Math.max(2 * twoLegMlM - leftM, twoLegMlM + minHalf());
        } else if (rightSeen) {
            leftM = Math.min(2 * twoLegMlM - rightM, twoLegMlM - minHalf());
        } else {
            leftM = twoLegMlM - defaultHalfStanceM;
            rightM = twoLegMlM + defaultHalfStanceM;
        }
    }

    /** One foot was seen alone at {@code mlM} (the other on the floor or in the air), left or right of the COP. */
    void footAlone(Leg leg, double mlM) {
        if (leg == Leg.LEFT) {
            leftM = mlM;
            leftSeen = true;
        } else {
            rightM = mlM;
            rightSeen = true;
        }
    }

    private double minHalf() {
        return defaultHalfStanceM / 3;
    }

    /** The place of a foot, m. */
    double placeOf(Leg leg) {
        return leg == Leg.LEFT ? leftM : rightM;
    }

    /** Distance between the feet, m (never less than a third of the default stance). */
    double widthM() {
        return Math.max(rightM - leftM, 2 * minHalf());
    }

    /** Share of the load on the right foot for a COP at {@code mlM}: 0 all on the left, 1 all on the right. */
    double rightShare(double mlM) {
        return (mlM - leftM) / widthM();
    }

    boolean seen(Leg leg) {
        return leg == Leg.LEFT ? leftSeen : rightSeen;
    }
}
