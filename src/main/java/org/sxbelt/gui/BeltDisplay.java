package org.sxbelt.gui;

import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;

/**
 * The map window: MASON's Display2D where one click inspects the one object under the cursor, towns
 * first ({@link BeltMap#pick}), instead of MASON's double-click that lists every road, line and
 * firm there. Other mouse handling (panning, zooming, the Layers menu) is MASON's.
 */
final class BeltDisplay extends Display2D {

    private final GUIState gui;

    BeltDisplay(double width, double height, GUIState gui) {
        super(width, height, gui);
        this.gui = gui;
    }

    @Override
    public boolean handleMouseEvent(MouseEvent e) {
        if (e.getID() == MouseEvent.MOUSE_CLICKED && e.getButton() == MouseEvent.BUTTON1 && gui.controller != null) {
            if (e.getClickCount() == 1) {
                Bag[] hits = objectsHitBy(new Rectangle2D.Double(e.getX(), e.getY(), 1, 1));
                LocationWrapper w = BeltMap.pick(hits);
                Bag one = new Bag();
                if (w != null) one.add(w);
                performSelection(one);
                if (w != null) {
                    Bag inspectors = new Bag(), names = new Bag();
                    inspectors.add(w.getFieldPortrayal().getInspector(w, gui));
                    names.add(w.getFieldPortrayal().getName(w));
                    gui.controller.setInspectors(inspectors, names);
                }
            }
            return true;   // a double click is the same click again: nothing more to open
        }
        return super.handleMouseEvent(e);
    }
}
