package dev.stork.sensor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stork.sensor.sim.SessionScript.Ending;
import dev.stork.sensor.sim.SessionScript.Kind;
import dev.stork.sensor.sim.SessionScript.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionScriptTest {

    private static String error(String script) {
        return assertThrows(IllegalArgumentException.class, () -> SessionScript.parse(script)).getMessage();
    }

    @Test
    void parsesTheDocumentedExample() {
        SessionScript script = SessionScript.parse("on 2; both 5; lift left 12; touchdown; both 3; lift right 20; off");
        assertEquals(List.of(
                new Phase(Kind.ON, null, 0, 2, Ending.NONE),
                new Phase(Kind.BOTH, null, 2, 7, Ending.NONE),
                new Phase(Kind.LIFT, Side.LEFT, 7, 19, Ending.TOUCHDOWN),
                new Phase(Kind.BOTH, null, 19, 22, Ending.NONE),
                new Phase(Kind.LIFT, Side.RIGHT, 22, 42, Ending.STEP_OFF),
                new Phase(Kind.OFF, null, 42, 44.4, Ending.NONE)),
                script.phases());
        assertEquals(44.4, script.durationS(), 1e-12, "off: 0.3 s + gap 0.3 s + 0.3 s + 1.5 s empty");
        assertEquals(Side.RIGHT, script.phases().get(2).stanceFoot());
        assertEquals(1.5, script.phases().get(5).emptyAfterOffS(), 1e-12);
    }

    @Test
    void theExamplesInTheDocsParse() {
        assertEquals(27.3, SessionScript.parse("on 2 first=left gap=0.6; both 3; hesitate right 1.5; lift right 10; "
                + "toe 0.4; lift right 6; touchdown; both 2; off").durationS(), 1e-9);
        assertEquals(17.9, SessionScript.parse("chair 0.2; on 2; both 3; lift left 8; touchdown; chair 0; both 2; "
                + "off 2 first=right").durationS(), 1e-9);
    }

    @Test
    void theFiveArgumentPhaseHasTheParsersDefaults() {
        Phase on = new Phase(Kind.ON, null, 0, 2, Ending.NONE);
        assertEquals(Side.RIGHT, on.foot());
        assertEquals(0.4, on.gapS(), 0);
        Phase off = new Phase(Kind.OFF, null, 0, 2, Ending.NONE);
        assertEquals(Side.LEFT, off.foot());
        assertEquals(0.3, off.gapS(), 0);
        assertEquals(0.15, new Phase(Kind.HESITATE, null, 0, 1, Ending.NONE).share(), 0);
        assertEquals(0.1, new Phase(Kind.TOE, Side.LEFT, 0, 1, Ending.NONE).share(), 0);
        assertEquals(Side.LEFT, new Phase(Kind.LIFT, Side.LEFT, 0, 1, Ending.TOUCHDOWN).foot());
        assertEquals(0, on.chairShare(), 0);
    }

    @Test
    void acceptsCaseSpacingAndDecimals() {
        SessionScript script = SessionScript.parse("  EMPTY 0.5 ;On 1.25;;  Lift Right 3.5 ; TOUCHDOWN; off 2 ");
        assertEquals(5, script.phases().size(), "empty, on, lift (ended by touchdown), both 0.6 (settling), off");
        assertEquals(Kind.BOTH, script.phases().get(3).kind());
        assertEquals(0.6, script.phases().get(3).endS() - script.phases().get(3).startS(), 1e-12);
        assertEquals(0.5 + 1.25 + 3.5 + 0.6 + (0.9 + 2), script.durationS(), 1e-12);
        assertEquals(1.75, script.phases().get(2).startS(), 1e-12);
    }

    @Test
    void parsesStepOnAndStepOffOptions() {
        SessionScript script = SessionScript.parse("on 2 first=left gap=0.6; both 1; off 3 first=right gap=0.5");
        Phase on = script.phases().get(0);
        assertEquals(new Phase(Kind.ON, null, 0, 2, Ending.NONE, Side.LEFT, 0, 0.6, 0), on);
        Phase off = script.phases().get(2);
        assertEquals(new Phase(Kind.OFF, null, 3, 3 + 0.6 + 0.5 + 3, Ending.NONE, Side.RIGHT, 0, 0.5, 0), off);
        assertEquals(3, off.emptyAfterOffS(), 1e-12);
        Phase defaultOff = SessionScript.parse("on 1; off gap=0").phases().get(1);
        assertEquals(0.6 + 1.5, defaultOff.endS() - defaultOff.startS(), 1e-12);
        assertEquals(0.75, SessionScript.parse("on 0.75").durationS(), 0, "the shortest 'on' with the default gap");
    }

    @Test
    void parsesHesitateToeAndChair() {
        SessionScript script = SessionScript.parse(
                "chair 0.2; on 1; hesitate left 2 share=0.25; lift left 3; toe 0.4 share=0.12; lift left 2; off; "
                        + "chair 0; on 1; hesitate right 1");
        List<Phase> p = script.phases();
        assertEquals(new Phase(Kind.CHAIR, null, 0, 0, Ending.NONE, null, 0.2, 0, 0.2), p.get(0));
        assertEquals(new Phase(Kind.HESITATE, null, 1, 3, Ending.NONE, Side.LEFT, 0.25, 0, 0.2), p.get(2));
        assertEquals(new Phase(Kind.LIFT, Side.LEFT, 3, 6, Ending.TOUCHDOWN, Side.LEFT, 0, 0, 0.2), p.get(3),
                "a toe touch ends the hold as a touchdown");
        assertEquals(new Phase(Kind.TOE, Side.LEFT, 6, 6.4, Ending.NONE, Side.LEFT, 0.12, 0, 0.2), p.get(4));
        assertEquals(new Phase(Kind.LIFT, Side.LEFT, 6.4, 8.4, Ending.STEP_OFF, Side.LEFT, 0, 0, 0.2), p.get(5));
        assertEquals(Kind.OFF, p.get(6).kind());
        assertEquals(new Phase(Kind.CHAIR, null, 10.8, 10.8, Ending.NONE, null, 0, 0, 0), p.get(7));
        assertEquals(new Phase(Kind.HESITATE, null, 11.8, 12.8, Ending.NONE, Side.RIGHT, 0.15, 0, 0), p.get(9));
        assertEquals(2, script.phaseIndexAt(1.0, 0), "a chair never is the phase at a time");
        assertEquals(8, script.phaseIndexAt(10.8, 6));
        Phase toeThenBoth = SessionScript.parse("on 1; lift right 2; toe 0.3; both 1").phases().get(3);
        assertEquals(Kind.BOTH, toeThenBoth.kind());
        assertEquals(3.3, toeThenBoth.startS(), 1e-12);
    }

    @Test
    void aLiftDirectlyAfterATouchdownGetsASettlingTimeOnBothFeet() {
        SessionScript script = SessionScript.parse("on 1; lift right 4; touchdown; lift left 6; touchdown; both 1");
        List<Phase> p = script.phases();
        assertEquals(new Phase(Kind.BOTH, null, 5, 5.6, Ending.NONE), p.get(2));
        assertEquals(new Phase(Kind.LIFT, Side.LEFT, 5.6, 11.6, Ending.TOUCHDOWN), p.get(3),
                "the hold still lasts 6 s");
    }

    @Test
    void readsRepetitionsAndOneFootOnTheBoard() {
        SessionScript script = SessionScript.parse("on 1.5 first=left gap=0.5 alone=0.8; both 4; rep 2.5 depth=0.9 "
                + "load=0.3 forward=0.02 hold=0.5; both 0.5; rep 1 depth=0.2; rep 2; off");
        Phase on = script.phases().get(0);
        assertEquals(0.8, on.share(), 0);
        Phase rep = script.phases().get(2);
        assertEquals(Kind.REP, rep.kind());
        assertEquals(0.9, rep.share(), 0);
        assertEquals(0.3, rep.loadChange(), 0);
        assertEquals(0.02, rep.forwardM(), 0);
        assertEquals(0.5, rep.gapS(), 0);
        // The fidget of depth 0.2 is not a repetition.
        assertEquals(2, script.repetitions().size());
        assertEquals(SessionScript.DEFAULT_REP_FORWARD_M, script.repetitions().get(1).forwardM(), 0);
        assertEquals("script phase 3 'rep 2 depth=0.4': depth 0.4 is neither a repetition (0.6 to 1.5) nor a "
                + "fidget (up to 0.25)", error("on 2; both 1; rep 2 depth=0.4"));
        assertEquals("script phase 2 'rep 1 hold=0.8': hold= is 0 to the repetition's time less 0.4 s (down and "
                + "up), got 0.8", error("on 2; rep 1 hold=0.8"));
        assertEquals("script phase 1 'on 2 alone=0.1': alone= is the share the one foot on the board carries, "
                + "0.3 to 1, got 0.1", error("on 2 alone=0.1"));
    }

    @Test
    void readsKneelingHoldsWithTheLegOutAndASupport() {
        SessionScript script = SessionScript.parse("on 1.5; both 3; lift left 6 away=0.1; support 0.8 share=0.25; "
                + "lift left 4 away=0.1; support 1; both 2; off");
        List<Phase> p = script.phases();
        assertEquals(new Phase(Kind.LIFT, Side.LEFT, 4.5, 10.5, Ending.SUPPORT, Side.LEFT, 0.1, 0, 0), p.get(2));
        assertEquals(new Phase(Kind.SUPPORT, Side.LEFT, 10.5, 11.3, Ending.NONE, Side.LEFT, 0.25, 0, 0), p.get(3));
        assertEquals(Ending.SUPPORT, p.get(4).ending(), "the second hold also ends by a support");
        assertEquals(SessionScript.DEFAULT_SUPPORT_SHARE, p.get(5).share(), 0);
        assertEquals("script phase 3 'lift left 6 away=0.4': away= is the share of the body weight the lifted "
                + "leg's foot keeps off the board, 0 to 0.3, got 0.4", error("on 1.5; both 3; lift left 6 away=0.4"));
        assertEquals("script phase 3 'support 1': 'support' needs a 'lift' before it",
                error("on 1.5; both 3; support 1"));
        assertEquals("script phase 4 'support 0.1': a support lasts at least 0.2 s (its load rises and falls in "
                + "0.1 s), got 0.1", error("on 1.5; both 3; lift left 2; support 0.1; both 1; off"));
        assertEquals("script phase 5 'touchdown': 'toe' and 'support' must be followed by 'lift', 'both' or 'off'",
                error("on 1.5; both 3; lift left 2; support 1; touchdown; off"));
        assertEquals("script 'on 1.5; both 3; lift left 2; support 1' ends with 'toe' or 'support': add 'lift', "
                + "'both' or 'off'", error("on 1.5; both 3; lift left 2; support 1"));
    }

    @Test
    void namesTheBrokenPhase() {
        assertEquals("script phase 3 'lift up 4': expected 'left' or 'right', got 'up'",
                error("on 2; both 1; lift up 4; touchdown"));
        assertEquals("script phase 3 'both 2': a lift must end with 'touchdown', 'toe', 'support' or 'off'",
                error("on 2; lift left 3; both 2"));
        assertEquals("script phase 2 'both -1': duration must be positive seconds, got -1", error("on 2; both -1"));
        assertEquals("script phase 1 'both 3': a script begins with 'on S' or 'empty S'", error("both 3"));
        assertEquals("script 'on 2; lift left 3' ends during a lift: add 'touchdown' or 'off'",
                error("on 2; lift left 3"));
        assertEquals("script phase 2 'jump 3': unknown phase 'jump'; use empty, on, both, hesitate, lift left|right, "
                + "touchdown, toe, support, off, chair, rep", error("on 2; jump 3"));
        assertEquals("script phase 3 'lift left 2': nobody is on the board: step on first with 'on S'",
                error("on 1; off; lift left 2; touchdown"));
        assertEquals("script phase 2 'on 1': the person is already on the board", error("on 1; on 1"));
    }

    @Test
    void rejectsBadStepOnAndStepOff() {
        assertEquals("script phase 1 'on 0.7': stepping on with a gap of 0.40 s takes at least 0.75 s (gap + 0.35 s to"
                + " spread the weight), got 0.7", error("on 0.7"));
        assertEquals("script phase 1 'on 1 gap=0.8': stepping on with a gap of 0.80 s takes at least 1.15 s (gap + "
                + "0.35 s to spread the weight), got 1", error("on 1 gap=0.8"));
        assertEquals("script phase 1 'on 2 first=middle': expected 'left' or 'right', got 'middle'",
                error("on 2 first=middle"));
        assertEquals("script phase 1 'on 2 gap=-1': gap must be 0 to 5 s, got -1", error("on 2 gap=-1"));
        assertEquals("script phase 1 'on 2 gap=x': 'x' is not a gap in seconds", error("on 2 gap=x"));
        assertEquals("script phase 1 'on 2 speed=3': unknown option 'speed='", error("on 2 speed=3"));
        assertEquals("script phase 1 'on 2 gap=0.3 gap=0.4': option 'gap' given twice", error("on 2 gap=0.3 gap=0.4"));
        assertEquals("script phase 1 'on gap=0.3 2': options (key=value) come last, got '2' after them",
                error("on gap=0.3 2"));
        assertEquals("script phase 3 'off first=right': from one leg the free foot leaves first: drop 'first='",
                error("on 1; lift left 2; off first=right"));
        assertEquals("script phase 2 'off 1 2': expected 0 to 1 argument(s) after 'off'", error("on 1; off 1 2"));
    }

    @Test
    void rejectsBadHesitateToeAndChair() {
        assertEquals("script phase 2 'hesitate up 2': expected 'left' or 'right', got 'up'",
                error("on 1; hesitate up 2"));
        assertEquals("script phase 2 'hesitate left 2 share=0.5': share must be more than 0 and less than 0.5: a "
                + "hesitating foot keeps less than half the weight but never leaves, got 0.5",
                error("on 1; hesitate left 2 share=0.5"));
        assertEquals("script phase 2 'hesitate left 2 share=0': share must be more than 0 and less than 0.5: a "
                + "hesitating foot keeps less than half the weight but never leaves, got 0",
                error("on 1; hesitate left 2 share=0"));
        assertEquals("script phase 2 'hesitate left': expected 2 argument(s) after 'hesitate'",
                error("on 1; hesitate left"));
        assertEquals("script phase 2 'toe 0.5': 'toe' needs a 'lift' before it", error("on 1; toe 0.5"));
        assertEquals("script phase 3 'toe 0.05': a toe touch lasts at least 0.1 s (its load rises and falls in 0.05 "
                + "s), got 0.05", error("on 1; lift left 2; toe 0.05"));
        assertEquals("script phase 3 'toe 0.5 share=0.7': share must be more than 0 and less than 0.5, got 0.7",
                error("on 1; lift left 2; toe 0.5 share=0.7"));
        assertEquals("script phase 4 'lift right 2': after 'toe' or 'support' the same foot lifts again: 'lift left S'",
                error("on 1; lift left 2; toe 0.5; lift right 2; touchdown"));
        assertEquals("script phase 4 'hesitate left 1': 'toe' and 'support' must be followed by 'lift', 'both' or 'off'",
                error("on 1; lift left 2; toe 0.5; hesitate left 1"));
        assertEquals("script 'on 1; lift left 2; toe 0.5' ends with 'toe' or 'support': add 'lift', 'both' or 'off'",
                error("on 1; lift left 2; toe 0.5"));
        assertEquals("script phase 2 'chair 0.6': a chair carries 0 to 0.5 of the body weight, got 0.6",
                error("on 1; chair 0.6"));
        assertEquals("script phase 2 'chair a': 'a' is not a share of the body weight", error("on 1; chair a"));
        assertEquals("script phase 3 'chair 0.2': a lift must end with 'touchdown', 'toe', 'support' or 'off'",
                error("on 1; lift left 2; chair 0.2; touchdown"));
        assertEquals("script 'on 1; both 1; chair 0.2' ends with 'chair': put it before the phases it is for",
                error("on 1; both 1; chair 0.2"));
    }
}
