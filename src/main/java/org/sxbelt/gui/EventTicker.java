package org.sxbelt.gui;

import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.sxbelt.model.Notice;

/**
 * The event ticker: receives notices from the model's thread ({@code BeltModel.addTicker}),
 * queues them, and hands them to the Swing thread in batches; the list shows the newest first, in
 * the GUI's language (switching language rewrites the list), and keeps the latest {@link #MAX}.
 */
public final class EventTicker implements Consumer<Notice> {

    public static final int MAX = 200;

    private final ConcurrentLinkedQueue<Notice> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final List<Notice> notices = new ArrayList<>();
    private final DefaultListModel<String> events = new DefaultListModel<>();
    private JList<String> list;
    private boolean chinese;

    public EventTicker(boolean chinese) { this.chinese = chinese; }

    /** Any thread. */
    @Override
    public void accept(Notice notice) {
        pending.add(notice);
        if (drainScheduled.compareAndSet(false, true)) SwingUtilities.invokeLater(this::drain);
    }

    /** Swing thread: moves queued events into the list, newest on top. */
    void drain() {
        drainScheduled.set(false);
        Notice n;
        while ((n = pending.poll()) != null) {
            notices.add(0, n);
            events.add(0, n.text(chinese));
        }
        while (events.size() > MAX) {
            events.remove(events.size() - 1);
            notices.remove(notices.size() - 1);
        }
    }

    /** Swing thread: shows the list in the other language. */
    public void setChinese(boolean zh) {
        chinese = zh;
        events.clear();
        for (Notice n : notices) events.addElement(n.text(zh));
    }

    /** Any thread: forgets everything (a new run). */
    public void clear() {
        pending.clear();
        SwingUtilities.invokeLater(() -> {
            events.clear();
            notices.clear();
        });
    }

    /** Swing thread: the list component (created once). */
    public JScrollPane component() {
        if (list == null) {
            list = new JList<>(events);
            list.setFont(CjkFonts.font(Font.PLAIN, 12f));
            list.setVisibleRowCount(12);
        }
        return new JScrollPane(list);
    }

    /** Swing thread: the events shown, newest first. */
    public List<String> shown() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) out.add(events.get(i));
        return out;
    }
}
