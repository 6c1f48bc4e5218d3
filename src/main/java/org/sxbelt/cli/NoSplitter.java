package org.sxbelt.cli;

import com.beust.jcommander.converters.IParameterSplitter;

import java.util.List;

/** Keeps a list option's value whole: JCommander would otherwise split {@code --set a=1,2} at the comma. */
public final class NoSplitter implements IParameterSplitter {

    @Override
    public List<String> split(String value) {
        return List.of(value);
    }
}
