package dev.stork.web;

/**
 * The board's source and its health, for the sensor screen and {@code GET /api/status}.
 *
 * @param source         the source's name, e.g. "simulated plate, 100.0 Hz"
 * @param kind           "sim", "serial", ...: which {@code --source}
 * @param nominalRateHz  the rate the device is set to, Hz
 * @param achievedRateHz samples per second actually delivered over the last second or so, Hz; 0 when idle
 * @param samples        samples delivered since the dashboard started
 * @param dropped        samples lost (sequence gaps)
 * @param dataLossEvents data-loss health events (CRC errors, overruns)
 * @param reconnections  times the board came back after being lost
 * @param connection     last connection state: CONNECTING, CONNECTED, DISCONNECTED, RECONNECTING, ENDED or IDLE
 * @param lastMessage    the last health message, empty when none
 * @param healthy        false while disconnected or losing data
 */
public record SourceStatus(String source, String kind, double nominalRateHz, double achievedRateHz, long samples,
                           long dropped, long dataLossEvents, long reconnections, String connection, String lastMessage,
                           boolean healthy) {
}
