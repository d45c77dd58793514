package dev.stork.signal.features;

import dev.stork.signal.spectrum.Detrend;
import dev.stork.signal.spectrum.HannWindow;
import dev.stork.signal.spectrum.Welch;

/**
 * Spectral features of Quijoux et al. (2021) from a Welch PSD per axis (periodic Hann segments of 10 s, 50 %
 * overlap, linear detrending, transform length = signal length), restricted to bins from 0.15 Hz to 5 Hz: total
 * power, 50 % and 95 % power frequencies, mode, centroid, dispersion, energy below 0.5 Hz, from 0.5 to 2 Hz and
 * above 2 Hz, and the quotient of power above and below 2 Hz. Powers are sums of PSD bins (cm^2/Hz, not multiplied
 * by the bin width, as in the reference); frequencies in Hz. Keeps the Welch design of the last signal length and
 * rate for the next call; not thread-safe.
 */
final class FrequencyFeatures {
    private static final double SEGMENT_S = 10.0;
    private static final double MIN_HZ = 0.15;
    private static final double MAX_HZ = 5.0;

    private Welch welch;
    private int designedLength;
    private double designedRateHz;

    void compute(Stabilogram s, FeatureCollector out) {
        int n = s.length();
        if (welch == null || designedLength != n || designedRateHz != s.rateHz()) {
            int segment = (int) (SEGMENT_S * s.rateHz());
            int overlap = (int) (0.5 * SEGMENT_S * s.rateHz());
            welch = new Welch(s.rateHz(), segment, overlap, n, HannWindow.periodic(segment), Detrend.LINEAR,
                    MAX_HZ);
            designedLength = n;
            designedRateHz = s.rateHz();
        }
        int bins = welch.binCount();
        double[] psdMl = new double[bins];
        double[] psdAp = new double[bins];
        welch.estimatePair(s.mlCm(), s.apCm(), n, psdMl, psdAp);
        int first = 0;
        while (first < bins && !(welch.frequencyHz(first) >= MIN_HZ)) {
            first++;
        }
        int end = first;
        while (end < bins && welch.frequencyHz(end) <= MAX_HZ) {
            end++;
        }
        double[] freqs = new double[end - first];
        for (int k = first; k < end; k++) {
            freqs[k - first] = welch.frequencyHz(k);
        }
        Band ml = new Band(freqs, psdMl, first);
        Band ap = new Band(freqs, psdAp, first);
        String suffixMl = "_Power_Spectrum_Density_ML";
        String suffixAp = "_Power_Spectrum_Density_AP";
        out.put("total_power" + suffixMl, ml.moment(0));
        out.put("total_power" + suffixAp, ap.moment(0));
        out.put("power_frequency_50" + suffixMl, ml.powerFrequency(0.5));
        out.put("power_frequency_50" + suffixAp, ap.powerFrequency(0.5));
        out.put("power_frequency_95" + suffixMl, ml.powerFrequency(0.95));
        out.put("power_frequency_95" + suffixAp, ap.powerFrequency(0.95));
        out.put("frequency_mode" + suffixMl, ml.mode());
        out.put("frequency_mode" + suffixAp, ap.mode());
        out.put("centroid_frequency" + suffixMl, Math.sqrt(ml.moment(2) / ml.moment(0)));
        out.put("centroid_frequency" + suffixAp, Math.sqrt(ap.moment(2) / ap.moment(0)));
        out.put("frequency_dispersion" + suffixMl, ml.dispersion());
        out.put("frequency_dispersion" + suffixAp, ap.dispersion());
        out.put("energy_content_below_05" + suffixMl, ml.power(0.0, 0.5));
        out.put("energy_content_below_05" + suffixAp, ap.power(0.0, 0.5));
        out.put("energy_content_05_2" + suffixMl, ml.power(0.5, 2.0));
        out.put("energy_content_05_2" + suffixAp, ap.power(0.5, 2.0));
        out.put("energy_content_above_2" + suffixMl, ml.power(2.0, Double.POSITIVE_INFINITY));
        out.put("energy_content_above_2" + suffixAp, ap.power(2.0, Double.POSITIVE_INFINITY));
        out.put("frequency_quotient" + suffixMl, ml.power(2.0, 5.0) / ml.power(0.0, 2.0));
        out.put("frequency_quotient" + suffixAp, ap.power(2.0, 5.0) / ap.power(0.0, 2.0));
    }

    /** The PSD bins of one axis inside the analysis band. */
    private static final class Band {
        private final double[] freqs;
        private final double[] psd;
        private final int offset;

        Band(double[] freqs, double[] psd, int offset) {
            this.freqs = freqs;
            this.psd = psd;
            this.offset = offset;
        }

        private double p(int i) {
            return psd[offset + i];
        }

        double moment(int order) {
            double sum = 0.0;
            for (int i = 0; i < freqs.length; i++) {
                double weight = order == 0 ? 1.0 : order == 1 ? freqs[i] : freqs[i] * freqs[i];
                sum += weight * p(i);
            }
            return sum;
        }

        /** Lowest frequency at which the cumulative power reaches {@code fraction} of the band's total. */
        double powerFrequency(double fraction) {
            double total = 0.0;
            for (int i = 0; i < freqs.length; i++) {
                total += p(i);
            }
            double threshold = total * fraction;
            double cumulative = 0.0;
            for (int i = 0; i < freqs.length; i++) {
                cumulative += p(i);
                if (cumulative >= threshold) {
                    return freqs[i];
                }
            }
            return freqs[freqs.length - 1];
        }

        double mode() {
            int best = 0;
            for (int i = 1; i < freqs.length; i++) {
                if (p(i) > p(best)) {
                    best = i;
                }
            }
            return freqs[best];
        }

        double dispersion() {
            double m0 = moment(0);
            double m1 = moment(1);
            double m2 = moment(2);
            return Math.sqrt(1.0 - (m1 * m1) / (m0 * m2));
        }

        /** Sum of the bins with lowHz < f <= highHz. */
        double power(double lowHz, double highHz) {
            double sum = 0.0;
            for (int i = 0; i < freqs.length; i++) {
                if (freqs[i] > lowHz && freqs[i] <= highHz) {
                    sum += p(i);
                }
            }
            return sum;
        }
    }
}
