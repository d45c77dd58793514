package dev.stork.sensor.file;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the tab-separated tables of the BDS and PDS balance data sets (header line, then 100 Hz rows). */
final class LabTableFormat {
    /** Both data sets were recorded at 100 Hz (Santos and Duarte 2016; dos Santos et al. 2017). */
    static final double RATE_HZ = 100.0;
    static final String BDS_TIME = "Time[s]";
    static final String PDS_TIME = "Time";

    private static final Pattern TAB = Pattern.compile("\t");

    private LabTableFormat() {
    }

    static boolean looksLikeBds(String firstLine) {
        return firstLine.startsWith(BDS_TIME + "\t") && firstLine.contains("COPx[cm]");
    }

    static boolean looksLikePds(String firstLine) {
        return firstLine.startsWith(PDS_TIME + "\t") && firstLine.contains("COPNET_X");
    }

    static Recording read(Path file, List<String> lines, int headerIndex, RecordingFormat format,
                          String... requiredColumns) throws RecordingFormatException {
        String timeColumn = format == RecordingFormat.BDS ? BDS_TIME : PDS_TIME;
        List<String> header = DelimitedTable.headerNames(lines.get(headerIndex), TAB);
        DelimitedTable.requireColumns(file, headerIndex + 1, header, timeColumn);
        DelimitedTable.requireColumns(file, headerIndex + 1, header, requiredColumns);
        DelimitedTable table = DelimitedTable.parse(file, lines, headerIndex, TAB,
                (f, line, index, column, text) -> DelimitedTable.number(f, line, column, text));
        double[] time = table.column(file, headerIndex + 1, timeColumn);
        Map<String, double[]> columns = table.columnsAfterFirst();
        return new Recording(file, format, RATE_HZ, time, columns, Map.of(), 0);
    }
}
