package dev.stork.calibration.flow;

import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.ProfileFormatException;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.SourceDescription.CellUnit;
import java.time.Instant;
import java.util.Optional;

/**
 * The profile a plate calibration starts from: the board's current one, else a nominal one for its cell unit. The
 * procedure takes the geometry from it and uses its gains only to judge loads and steadiness in newtons, where
 * a factor of two does not matter.
 */
final class PlatePriors {
    /**
     * Newtons per count of a nominal counts plate: a 50 kg cell of 1 mV/V on a 24-bit converter at gain 128 (HX711
     * at 5 V, NAU7802 at 3.3 V) gives about 2.3e-4.
     */
    static final double NOMINAL_N_PER_COUNT = 2.4e-4;

    private PlatePriors() {
    }

    /** The prior and, when the saved profile was unusable or absent, a note saying so (else empty). */
    record Prior(PlateProfile profile, String note) {
    }

    static Prior of(SourceDescription board, ProfileDirectory directory, CalibrationRequest request) {
        String note = "";
        Optional<PlateProfile> saved = Optional.empty();
        try {
            saved = directory.loadPlate(board.deviceId());
        } catch (ProfileFormatException e) {
            note = "ignoring the current profile: " + e.getMessage();
        }
        boolean usable = saved.isPresent() && saved.get().cellUnit() == board.cellUnit();
        PlateProfile base = usable ? saved.get() : nominal(board);
        if (request.hasCellSpacing()) {
            base = new PlateProfile(base.deviceId(), base.calibratedAt(), base.cellUnit(), request.cellSpacingMlMm(),
                    request.cellSpacingApMm(), base.gainNPerUnit(), base.offsetUnits(), base.quality());
        }
        if (!usable && note.isEmpty() && board.cellUnit() == CellUnit.COUNTS) {
            note = "no profile for " + board.deviceId() + " yet: starting from a typical 50 kg cell ("
                    + NOMINAL_N_PER_COUNT + " N per count), cells " + Math.round(base.cellSpacingMlMm()) + " x "
                    + Math.round(base.cellSpacingApMm()) + " mm apart";
        }
        return new Prior(base, note);
    }

    /** A profile that knows only the board's unit: nominal gains, no offsets, never calibrated. */
    static PlateProfile nominal(SourceDescription board) {
        double gain = switch (board.cellUnit()) {
            case COUNTS -> NOMINAL_N_PER_COUNT;
            case KILOGRAMS -> PlateProfile.GRAVITY_MPS2;
            case NEWTONS -> 1;
            case NONE -> throw new IllegalStateException(board.name() + " has no load cells");
        };
        return new PlateProfile(board.deviceId(), Instant.EPOCH, board.cellUnit(),
                CalibrationRequest.DEFAULT_SPACING_ML_MM, CalibrationRequest.DEFAULT_SPACING_AP_MM,
                new double[] {gain, gain, gain, gain}, new double[4], PlateFitQuality.NOT_MEASURED);
    }

    /** Whether the prior's offsets are a real zero of this board (else loads are unknown until the tare). */
    static boolean hasZero(PlateProfile prior) {
        return !prior.calibratedAt().equals(Instant.EPOCH) || prior.cellUnit() != CellUnit.COUNTS;
    }
}
