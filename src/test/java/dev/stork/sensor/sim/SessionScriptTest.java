package dev.stork.sensor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionScriptTest {

    @Test
    void parsesTheDocumentedExample() {
        SessionScript script = SessionScript.parse("on 2; both 5; lift left 12; touchdown; both 3; lift right 20; off");
        assertEquals(List.of(
                new SessionScript.Phase(SessionScript.Kind.ON, null, 0, 2, SessionScript.Ending.NONE),
                new SessionScript.Phase(SessionScript.Kind.BOTH, null, 2, 7, SessionScript.Ending.NONE),
                new SessionScript.Phase(SessionScript.Kind.LIFT, Side.LEFT, 7, 19, SessionScript.Ending.TOUCHDOWN),
                new SessionScript.Phase(SessionScript.Kind.BOTH, null, 19, 22, SessionScript.Ending.NONE),
                new SessionScript.Phase(SessionScript.Kind.LIFT, Side.RIGHT, 22, 42, SessionScript.Ending.STEP_OFF),
                new SessionScript.Phase(SessionScript.Kind.OFF, null, 42, 43, SessionScript.Ending.NONE)),
                script.phases());
        assertEquals(43, script.durationS(), 0);
        assertEquals(Side.RIGHT, script.phases().get(2).stanceFoot());
    }

    @Test
    void acceptsCaseSpacingAndDecimals() {
        SessionScript script = SessionScript.parse("  EMPTY 0.5 ;On 1.25;;  Lift Right 3.5 ; TOUCHDOWN; off 2 ");
        assertEquals(4, script.phases().size(), "empty, on, lift (ended by touchdown), off");
        assertEquals(0.5 + 1.25 + 3.5 + 2, script.durationS(), 1e-12);
        assertEquals(1.75, script.phases().get(2).startS(), 1e-12);
    }

    @Test
    void namesTheBrokenPhase() {
        assertEquals("script phase 3 'lift up 4': expected 'left' or 'right', got 'up'",
                assertThrows(IllegalArgumentException.class,
                        () -> SessionScript.parse("on 2; both 1; lift up 4; touchdown")).getMessage());
        assertEquals("script phase 3 'both 2': a lift must end with 'touchdown' or 'off'",
                assertThrows(IllegalArgumentException.class,
                        () -> SessionScript.parse("on 2; lift left 3; both 2")).getMessage());
        assertEquals("script phase 2 'both -1': duration must be positive seconds, got -1",
                assertThrows(IllegalArgumentException.class, () -> SessionScript.parse("on 2; both -1")).getMessage());
        assertEquals("script phase 1 'both 3': a script begins with 'on S' or 'empty S'",
                assertThrows(IllegalArgumentException.class, () -> SessionScript.parse("both 3")).getMessage());
        assertEquals("script 'on 2; lift left 3' ends during a lift: add 'touchdown' or 'off'",
                assertThrows(IllegalArgumentException.class,
                        () -> SessionScript.parse("on 2; lift left 3")).getMessage());
        assertEquals("script phase 2 'jump 3': unknown phase 'jump'; use empty, on, both, lift left|right, touchdown,"
                + " off", assertThrows(IllegalArgumentException.class,
                        () -> SessionScript.parse("on 2; jump 3")).getMessage());
    }
}
