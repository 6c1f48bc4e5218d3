package org.sxbelt.gui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;

import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JTextField;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector MASON opens for a firm clicked on the map: the firm's bean view, read-only. */
class FirmInspectionTest {

    private static BeltGUI gui;

    @BeforeAll
    static void start() {
        gui = GuiTestSupport.startedGui(Labels.Lang.EN, 3);
    }

    /** The inspector's property fields by name, as the firm layer builds it for a click on {@code f}. */
    private static Map<String, Component> inspect(Firm f) {
        FieldPortrayal2D layer = gui.map().layers().get("Firms");
        Object at = gui.map().firmField().getObjectLocation(f);
        Inspector i = layer.getInspector(new LocationWrapper(f, at, layer), gui);
        List<Component> flat = new ArrayList<>();
        flatten(i, flat);
        // MASON lays out each property as its name (a JLabel) followed by its field
        Map<String, Component> fields = new LinkedHashMap<>();
        String name = null;
        for (Component c : flat) {
            if (c instanceof JLabel l && l.getText() != null && !l.getText().isEmpty()) name = l.getText().trim();
            else if (name != null && (c instanceof JTextField || c instanceof JCheckBox)) {
                fields.put(name, c);
                name = null;
            }
        }
        return fields;
    }

    private static void flatten(Component c, List<Component> out) {
        out.add(c);
        if (c instanceof Container k) for (Component d : k.getComponents()) flatten(d, out);
    }

    private static String text(Map<String, Component> fields, String name) {
        assertTrue(fields.containsKey(name), name + " among " + fields.keySet());
        return ((JTextField) fields.get(name)).getText();
    }

    @Test
    void showsTheFirmThroughItsView() {
        Firm f = gui.model().belt().liveFirms().get(0);
        Map<String, Component> fields = inspect(f);
        assertEquals(Integer.toString(f.id()), text(fields, "Id"));
        assertEquals(f.industry().en(), text(fields, "Industry"));
        assertEquals(f.town().getNameEn(), text(fields, "County town"));
        assertEquals(f.village() == null ? "town park" : "village workshop", text(fields, "Site"));
        assertEquals(f.getOrigin(), text(fields, "Came from"));
        assertEquals("", text(fields, "Reason for closing"), "open firm");
        assertTrue(((JCheckBox) fields.get("Open")).isSelected());
        // money with its unit and no decimals, months as months
        assertTrue(text(fields, "Cash").matches("-?[0-9,]+ yuan"), text(fields, "Cash"));
        assertTrue(text(fields, "Mean wage").matches("[0-9,]+ yuan/month|–"), text(fields, "Mean wage"));
        assertTrue(text(fields, "Opened").matches("20[0-9]{2}-[0-9]{2}"), text(fields, "Opened"));
    }

    @Test
    void noFieldCanBeEdited() {
        Map<String, Component> fields = inspect(gui.model().belt().liveFirms().get(0));
        for (Map.Entry<String, Component> e : fields.entrySet()) {
            Component c = e.getValue();
            assertFalse(c instanceof JTextField t ? t.isEditable() : c.isEnabled(), e.getKey() + " is editable");
        }
    }
}
