package dev.stork.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as text for a terminal: two modules per character with Unicode half blocks. Light modules are drawn as
 * blocks so the code reads on the usual light-on-dark terminal; a quiet zone of {@value #QUIET_ZONE} modules
 * surrounds it.
 */
public final class TerminalQr {
    private static final int QUIET_ZONE = 2;

    private TerminalQr() {
    }

    /** {@code text} (a URL) as QR code lines, error correction level L. */
    public static String render(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.LOW);
        int size = qr.size;
        StringBuilder out = new StringBuilder();
        for (int y = -QUIET_ZONE; y < size + QUIET_ZONE; y += 2) {
            for (int x = -QUIET_ZONE; x < size + QUIET_ZONE; x++) {
                boolean topLight = !qr.getModule(x, y);
                boolean bottomLight = !qr.getModule(x, y + 1);
                out.append(topLight ? (bottomLight ? '█' : '▀') : (bottomLight ? '▄' : ' '));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
