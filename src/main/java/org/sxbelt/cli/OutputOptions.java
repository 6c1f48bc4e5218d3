package org.sxbelt.cli;

import com.beust.jcommander.Parameter;

import java.nio.file.Path;

/** {@code --out} and {@code --quiet}: where a command writes its files and whether it reports progress. */
final class OutputOptions extends OptionGroup<OutputOptions> {

    @Parameter(names = "--out", description = "Folder that receives the command's files; created if missing.")
    @OptionHelp(arg = "<dir>", byDefault = "output")
    String out;

    @Parameter(names = "--quiet", description = "No progress messages on stderr.")
    @OptionHelp(byDefault = "off")
    boolean quiet;

    OutputOptions(String defaultFolder) {
        out = defaultFolder;
    }

    /** The folder as given, for messages. */
    String given() {
        return out;
    }

    /**
     * The option as a URI of another file system than the local one ({@code hdfs://}, {@code s3a://}: see
     * {@link org.sxbelt.experiment.sweep.RemoteFolder#scheme}), or null when it names a local folder.
     */
    String uri() {
        return org.sxbelt.experiment.sweep.RemoteFolder.scheme(out) == null ? null : out;
    }

    /** The checked folder (see {@link OutputDirectoryValidator}); a URI of another file system is a {@link CliException}. */
    Path folder() {
        return OutputDirectoryValidator.check("--out", out);
    }

    boolean quiet() {
        return quiet;
    }
}
