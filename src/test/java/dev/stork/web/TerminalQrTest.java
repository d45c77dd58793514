package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;

class TerminalQrTest {

    @Test
    void drawsEveryModuleOfTheCodeWithHalfBlocks() {
        String url = "http://192.168.1.20:8080/?token=Q2hhbmdlLW1lLXRoaXMtaXMtYS10ZXN0LXRva2Vu";
        QrCode qr = QrCode.encodeText(url, QrCode.Ecc.LOW);
        String[] lines = TerminalQr.render(url).split("\n");
        int width = qr.size + 4;
        assertEquals((width + 1) / 2, lines.length, "two module rows per line, quiet zone of 2 on each side");
        for (int row = 0; row < lines.length; row++) {
            assertEquals(width, lines[row].length(), "line " + row);
            for (int x = 0; x < width; x++) {
                int mx = x - 2;
                int my = 2 * row - 2;
                boolean topLight = !qr.getModule(mx, my);
                boolean bottomLight = !qr.getModule(mx, my + 1);
                char expected = topLight ? (bottomLight ? '█' : '▀') : (bottomLight ? '▄' : ' ');
                assertEquals(expected, lines[row].charAt(x), "module column " + mx + ", rows " + my + "-" + (my + 1));
            }
        }
        assertTrue(lines[0].chars().allMatch(c -> c == '█'), "the quiet zone is light");
    }
}
