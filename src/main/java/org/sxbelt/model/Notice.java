package org.sxbelt.model;

/** A notable event in words, in both languages of the classroom GUI. */
public record Notice(int month, String en, String zh) {

    public String text(boolean chinese) { return chinese ? zh : en; }
}
