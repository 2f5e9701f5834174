package org.spc4j.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.spc4j.io.json.LimitsFile;
import org.spc4j.io.json.Provenance;

/**
 * Limits of many characteristics as a directory of spc-io limits files, one per characteristic,
 * named after it: {@code <URL-encoded key>.limits.json}. Each file is an ordinary limits file
 * ({@link LimitsFile}, schema version 1), so the {@code spc} command and the single-machine API
 * read it unchanged. Runs on the driver: collect the (small) limits Dataset first.
 *
 * <pre>{@code
 * LimitsFiles.write(SparkLimits.xbarR().fit(data).collectAsList(), dir, RulePreset.NELSON, "lake.parts");
 * Map<String, CharacteristicLimits> back = LimitsFiles.read(dir);
 * }</pre>
 *
 * <p>Why the driver: the JSON is written with Jackson, and executors run the cluster's Jackson
 * (Spark 4.2.0 ships 2.21.2); keeping the files on the driver keeps executors free of any
 * Jackson need. The API used exists in Jackson 2.21 and 2.23 (the module tests run on 2.21.2).
 */
public final class LimitsFiles {

    /** File name suffix. */
    public static final String SUFFIX = ".limits.json";

    private LimitsFiles() {
    }

    /** The file name of a characteristic's limits. */
    public static String fileName(String key) {
        return URLEncoder.encode(Objects.requireNonNull(key, "key must not be null"), StandardCharsets.UTF_8) + SUFFIX;
    }

    /**
     * Writes one limits file per characteristic into {@code dir} (created if needed), replacing
     * files of the same name.
     *
     * @param source what the limits were fitted on (recorded as provenance input, with the key)
     * @return the files written, in the order of {@code limits}
     */
    public static List<Path> write(Collection<CharacteristicLimits> limits, Path dir, RulePreset preset, String source) {
        Objects.requireNonNull(limits, "limits must not be null");
        Objects.requireNonNull(preset, "preset must not be null");
        Objects.requireNonNull(source, "source must not be null");
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        for (CharacteristicLimits c : limits) {
            Path file = dir.resolve(fileName(c.getKey()));
            Provenance p = Provenance.now(source + " [" + c.getKey() + "]", "", 0, 0);
            LimitsFile.write(c.toSaved(preset.id(), p), file);
            files.add(file);
        }
        return files;
    }

    /**
     * Reads every {@code *.limits.json} file of {@code dir}, keyed by characteristic.
     *
     * @throws IllegalArgumentException for a file that is not a valid limits file (naming it and the
     *     field), or one with more than one stage
     */
    public static Map<String, CharacteristicLimits> read(Path dir) {
        Map<String, CharacteristicLimits> out = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String key = URLDecoder.decode(name.substring(0, name.length() - SUFFIX.length()), StandardCharsets.UTF_8);
                out.put(key, CharacteristicLimits.of(key, LimitsFile.read(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
