package dev.stork.signal.features;

import java.util.List;

/**
 * The 72 whole-trial COP features of Quijoux et al. (2021), computed as the authors' reference code does, from
 * raw ML and AP centre-of-pressure arrays in cm: the signal is prepared by {@link StabilogramPreprocessor}, then
 * positional, dynamic, sway-density, frequency and diffusion features follow. Feature names and their order are
 * those of the reference code's output ({@link #NAMES}).
 *
 * <p>Meant to run once at the end of a trial, not per sample. Filter, spectrum and FFT designs are kept for the next
 * call of the same length; result arrays are allocated per call. Not thread-safe; use one instance per thread.
 */
public final class QuijouxFeatures {
    /** Sway-density radius of the reference, 3 mm. */
    public static final double DEFAULT_SWAY_DENSITY_RADIUS_CM = 0.3;

    /** The feature names in output order. */
    public static final List<String> NAMES = List.of(
            "mean_value_ML", "mean_value_AP",
            "mean_distance_ML", "mean_distance_AP", "mean_distance_Radius",
            "maximal_distance_ML", "maximal_distance_AP", "maximal_distance_Radius",
            "rms_ML", "rms_AP", "rms_Radius",
            "range_ML", "range_AP", "range_ML_AND_AP", "range_ratio_ML_AND_AP",
            "planar_deviation_ML_AND_AP", "coefficient_sway_direction_ML_AND_AP",
            "confidence_ellipse_area_ML_AND_AP", "principal_sway_direction_ML_AND_AP",
            "mean_velocity_ML", "mean_velocity_AP", "mean_velocity_ML_AND_AP",
            "sway_area_per_second_ML_AND_AP", "phase_plane_parameter_ML", "phase_plane_parameter_AP",
            "LFS_ML_AND_AP", "fractal_dimension_ML_AND_AP",
            "zero_crossing_SPD_ML", "peak_velocity_pos_SPD_ML", "peak_velocity_neg_SPD_ML",
            "peak_velocity_all_SPD_ML",
            "zero_crossing_SPD_AP", "peak_velocity_pos_SPD_AP", "peak_velocity_neg_SPD_AP",
            "peak_velocity_all_SPD_AP",
            "mean_peak_Sway_Density", "mean_distance_peak_Sway_Density",
            "mean_frequency_ML", "mean_frequency_AP", "mean_frequency_ML_AND_AP",
            "total_power_Power_Spectrum_Density_ML", "total_power_Power_Spectrum_Density_AP",
            "power_frequency_50_Power_Spectrum_Density_ML", "power_frequency_50_Power_Spectrum_Density_AP",
            "power_frequency_95_Power_Spectrum_Density_ML", "power_frequency_95_Power_Spectrum_Density_AP",
            "frequency_mode_Power_Spectrum_Density_ML", "frequency_mode_Power_Spectrum_Density_AP",
            "centroid_frequency_Power_Spectrum_Density_ML", "centroid_frequency_Power_Spectrum_Density_AP",
            "frequency_dispersion_Power_Spectrum_Density_ML", "frequency_dispersion_Power_Spectrum_Density_AP",
            "energy_content_below_05_Power_Spectrum_Density_ML",
            "energy_content_below_05_Power_Spectrum_Density_AP",
            "energy_content_05_2_Power_Spectrum_Density_ML", "energy_content_05_2_Power_Spectrum_Density_AP",
            "energy_content_above_2_Power_Spectrum_Density_ML",
            "energy_content_above_2_Power_Spectrum_Density_AP",
            "frequency_quotient_Power_Spectrum_Density_ML", "frequency_quotient_Power_Spectrum_Density_AP",
            "short_time_diffusion_Diffusion_ML", "long_time_diffusion_Diffusion_ML", "critical_time_Diffusion_ML",
            "critical_displacement_Diffusion_ML", "short_time_scaling_Diffusion_ML",
            "long_time_scaling_Diffusion_ML",
            "short_time_diffusion_Diffusion_AP", "long_time_diffusion_Diffusion_AP", "critical_time_Diffusion_AP",
            "critical_displacement_Diffusion_AP", "short_time_scaling_Diffusion_AP",
            "long_time_scaling_Diffusion_AP");

    private final StabilogramPreprocessor preprocessor = new StabilogramPreprocessor();
    private final DynamicFeatures dynamic = new DynamicFeatures();
    private final SwayDensityFeatures swayDensity;
    private final FrequencyFeatures frequency = new FrequencyFeatures();
    private final DiffusionFeatures diffusion = new DiffusionFeatures();

    /** Uses the reference sway-density radius of 0.3 cm. */
    public QuijouxFeatures() {
        this(DEFAULT_SWAY_DENSITY_RADIUS_CM);
    }

    /** @param swayDensityRadiusCm radius of the sway-density neighbourhood in cm */
    public QuijouxFeatures(double swayDensityRadiusCm) {
        if (!(swayDensityRadiusCm > 0.0)) {
            throw new IllegalArgumentException("sway-density radius must be positive, got " + swayDensityRadiusCm);
        }
        this.swayDensity = new SwayDensityFeatures(swayDensityRadiusCm);
    }

    /**
     * @param mlCm   raw medio-lateral COP in cm, NaN for a missing sample; not kept
     * @param apCm   raw antero-posterior COP in cm, same length; not kept
     * @param rateHz sample rate of the arrays
     * @return all 72 features, in {@link #NAMES} order
     * @throws IllegalArgumentException if the arrays differ in length, or the trial is too short for the analysis
     *                                  (the spectrum needs at least one 10 s segment after resampling)
     */
    public FeatureSet analyze(double[] mlCm, double[] apCm, double rateHz) {
        return analyze(preprocessor.prepare(mlCm, apCm, rateHz));
    }

    /** Features of an already preprocessed stabilogram. */
    public FeatureSet analyze(Stabilogram stabilogram) {
        FeatureCollector out = new FeatureCollector();
        double[] radiusCm = stabilogram.radiusCm();
        PositionalFeatures.compute(stabilogram, radiusCm, out);
        dynamic.compute(stabilogram, radiusCm, out);
        swayDensity.compute(stabilogram, out);
        frequency.compute(stabilogram, out);
        diffusion.compute(stabilogram, out);
        return out.inOrder(NAMES);
    }
}
